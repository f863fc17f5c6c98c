// fuzz_pdfcheck: LeadValidator's PDF check on arbitrary bytes. No crash and no sanitizer
// report; the answer is deterministic; judging the bytes in memory (checkResumeBytes) and
// judging the same bytes as a file (checkResumePath, what the form and the CLI call) agree;
// a file over the size limit is refused whatever it holds.

#include "leadvalidator.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <unistd.h>

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// One file per process, rewritten for every input and removed at exit; in memory when
// /dev/shm exists (on ext4, truncating a file and writing it again waits for the disk).
struct Scratch
{
    QString path;
    ~Scratch() { QFile::remove(path); }
};

const QString& scratchFile()
{
    static const Scratch scratch{ (QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                             : QDir::tempPath())
                                  + QStringLiteral("/fuzz_pdfcheck-") + QString::number(::getpid())
                                  + QStringLiteral(".pdf") };
    return scratch.path;
}

void judge(const LeadValidator& validator, const QByteArray& content)
{
    const QString first = validator.checkResumeBytes(content);
    check(validator.checkResumeBytes(content) == first);
    check(validator.checkResumeBytes(QByteArray(content.constData(), content.size())) == first);
    if (content.size() > validator.maxResumeBytes())
        check(!first.isEmpty());
    if (content.isEmpty())
        check(!first.isEmpty());

    QFile file(scratchFile());
    check(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    check(file.write(content) == content.size());
    file.close();
    check(validator.checkResumePath(scratchFile()) == first);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char*>(data), qsizetype(size));
    judge(LeadValidator(), content);
    // A small limit, so that the size rule meets fuzzed contents too.
    judge(LeadValidator(512), content);
    return 0;
}
