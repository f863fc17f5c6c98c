#include "previewrenderer.h"
#include "previewreply.h"
#include "samplepdfs.h"

#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

Q_DECLARE_METATYPE(PreviewRenderer::SandboxPolicy)

namespace {

struct Outcome
{
    bool rendered = false;
    PreviewPage page;
    PreviewRenderer::Failure failure = PreviewRenderer::Failure::NotStarted;
    QString detail;
    qint64 elapsedMs = 0;
};

// Runs one request to its end (rendered or failed) and says which.
Outcome run(PreviewRenderer& renderer, const QByteArray& pdf, int page, int widthPx)
{
    QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);
    QSignalSpy failed(&renderer, &PreviewRenderer::failed);
    QElapsedTimer timer;
    timer.start();
    const quint64 ticket = renderer.render(pdf, page, widthPx);
    Outcome outcome;
    const auto deadline = renderer.timeout().count() * 2 + 20000; // a probe and the render
    while (rendered.isEmpty() && failed.isEmpty() && timer.elapsed() < deadline)
        QTest::qWait(10);
    outcome.elapsedMs = timer.elapsed();
    if (!rendered.isEmpty()) {
        outcome.rendered = true;
        if (rendered.first().at(0).value<quint64>() != ticket)
            qFatal("a rendered() for another ticket");
        outcome.page = rendered.first().at(1).value<PreviewPage>();
    } else if (!failed.isEmpty()) {
        if (failed.first().at(0).value<quint64>() != ticket)
            qFatal("a failed() for another ticket");
        outcome.failure = failed.first().at(1).value<PreviewRenderer::Failure>();
        outcome.detail = failed.first().at(2).toString();
    } else {
        outcome.detail = QStringLiteral("no answer at all");
    }
    return outcome;
}

bool hasInk(const PreviewPage& page)
{
    const auto* pixels = reinterpret_cast<const quint32*>(page.pixels.constData());
    const qsizetype count = page.pixels.size() / 4;
    return std::any_of(pixels, pixels + count, [](quint32 argb) { return qGray(argb) < 128 && qAlpha(argb) > 0; });
}

QStringList words(const PreviewPage& page)
{
    QStringList list;
    for (const PreviewWord& word : page.words)
        list.append(word.text);
    return list;
}

} // namespace

Q_DECLARE_METATYPE(PreviewPage)

// The resume preview's renderer (issue 11, item 6): the real leadintake-preview process on
// real PDFs, hostile inputs, a renderer that hangs or answers garbage, and the sandbox.
class TestPreviewRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersPagesAndTheirWords_data();
    void rendersPagesAndTheirWords();
    void hostileInputFailsCleanly_data();
    void hostileInputFailsCleanly();
    void hangingRendererIsKilledAtTheTimeout();
    void garbageFromTheRendererIsRefused();
    void missingRendererFailsToStart();
    void newRequestCancelsTheOldOne();
    void wellFormedReplyIsRead();
    void malformedRepliesAreRefused_data();
    void malformedRepliesAreRefused();
    void limitsAreInForce_data();
    void limitsAreInForce();
    void rendererReachesNoNetwork_data();
    void rendererReachesNoNetwork();
    void typicalCvRenderTime();

private:
    bool sandboxWorks();
    void addPolicyRows();

    QByteArray m_threePages;
    QTemporaryDir m_dir;
};

void TestPreviewRenderer::initTestCase()
{
    qRegisterMetaType<PreviewPage>();
    QVERIFY2(QFile::exists(QStringLiteral(LEADINTAKE_PREVIEW)), LEADINTAKE_PREVIEW);
    m_threePages = SamplePdfs::write(3);
    QVERIFY(m_threePages.startsWith("%PDF"));
    QVERIFY(m_dir.isValid());
}

bool TestPreviewRenderer::sandboxWorks()
{
    PreviewRenderer renderer;
    renderer.setProgram(QStringLiteral(LEADINTAKE_PREVIEW));
    if (renderer.bubblewrap().isEmpty())
        return false;
    run(renderer, m_threePages, 0, 100);
    return renderer.sandbox() == PreviewRenderer::Sandbox::Bubblewrap;
}

void TestPreviewRenderer::addPolicyRows()
{
    QTest::addColumn<PreviewRenderer::SandboxPolicy>("policy");
    QTest::newRow("bubblewrap sandbox") << PreviewRenderer::SandboxPolicy::Auto;
    QTest::newRow("no sandbox (limits and seccomp only)") << PreviewRenderer::SandboxPolicy::Never;
}

void TestPreviewRenderer::rendersPagesAndTheirWords_data()
{
    addPolicyRows();
}

void TestPreviewRenderer::rendersPagesAndTheirWords()
{
    QFETCH(PreviewRenderer::SandboxPolicy, policy);
    if (policy == PreviewRenderer::SandboxPolicy::Auto && !sandboxWorks())
        QSKIP("bubblewrap is not installed or cannot create namespaces here");
    PreviewRenderer renderer;
    renderer.setProgram(QStringLiteral(LEADINTAKE_PREVIEW));
    renderer.setSandboxPolicy(policy);

    const Outcome second = run(renderer, m_threePages, 1, 600);
    QVERIFY2(second.rendered, qPrintable(second.detail));
    QCOMPARE(renderer.sandbox(), policy == PreviewRenderer::SandboxPolicy::Auto
                 ? PreviewRenderer::Sandbox::Bubblewrap : PreviewRenderer::Sandbox::Direct);
    QCOMPARE(second.page.pageCount, 3);
    QCOMPARE(second.page.pageIndex, 1);
    QVERIFY2(qAbs(second.page.pixelSize.width() - 600) <= 1, qPrintable(QString::number(second.page.pixelSize.width())));
    QCOMPARE(second.page.pixels.size(), qsizetype(second.page.pixelSize.width()) * second.page.pixelSize.height() * 4);
    QVERIFY(qAbs(second.page.pagePoints.width() - 612) < 1); // Letter
    QVERIFY(qAbs(second.page.pagePoints.height() - 792) < 1);
    QVERIFY(hasInk(second.page));
    const QStringList found = words(second.page);
    QVERIFY2(found.contains(QStringLiteral("Page")) && found.contains(QStringLiteral("2")),
             qPrintable(found.join(QLatin1Char(' '))));
    const auto zanzibar = std::find_if(second.page.words.cbegin(), second.page.words.cend(), [](const PreviewWord& w) {
        return w.text.contains(QStringLiteral("Zanzibar"));
    });
    QVERIFY2(zanzibar != second.page.words.cend(), qPrintable(found.join(QLatin1Char(' '))));
    QVERIFY(QRectF(QPointF(0, 0), second.page.pagePoints).contains(zanzibar->box));

    const Outcome first = run(renderer, m_threePages, 0, 300);
    QVERIFY2(first.rendered, qPrintable(first.detail));
    QVERIFY(!words(first.page).contains(QStringLiteral("(Zanzibar)")));
    QVERIFY(words(first.page).contains(QStringLiteral("1")));

    const Outcome beyond = run(renderer, m_threePages, 3, 300);
    QVERIFY(!beyond.rendered);
    QCOMPARE(beyond.failure, PreviewRenderer::Failure::Refused);
    QCOMPARE(beyond.detail, QStringLiteral("no page 4 of 3"));
}

void TestPreviewRenderer::hostileInputFailsCleanly_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("mayRender"); // a page that renders within the limits is fine too

    QByteArray random(200 * 1024, '\0');
    QRandomGenerator generator(11);
    generator.fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);

    QTest::newRow("not a PDF") << QByteArray("Dear hiring partner,\nplease find my CV.\n") << false;
    QTest::newRow("empty input") << QByteArray() << false;
    QTest::newRow("truncated PDF") << m_threePages.left(m_threePages.size() / 3) << true;
    QTest::newRow("random bytes") << random << false;
    QTest::newRow("PDF header then random bytes") << QByteArray("%PDF-1.7\n" + random) << false;
    QTest::newRow("page of 10 million points") << SamplePdfs::withPageSide("10000000") << true;
    QTest::newRow("page of 14400 points (the PDF maximum)") << SamplePdfs::withPageSide("14400") << true;
    QTest::newRow("negative page size") << SamplePdfs::withPageSide("-500") << true;
    QTest::newRow("decompression bomb image") << SamplePdfs::decompressionBomb() << true;
    QTest::newRow("larger than the renderer reads") << QByteArray(PreviewProtocol::kMaxInputBytes + 1, ' ') << false;
}

void TestPreviewRenderer::hostileInputFailsCleanly()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, mayRender);
    PreviewRenderer renderer;
    renderer.setProgram(QStringLiteral(LEADINTAKE_PREVIEW));
    const Outcome outcome = run(renderer, input, 0, 800);
    QVERIFY2(outcome.elapsedMs < renderer.timeout().count() + 5000, qPrintable(QString::number(outcome.elapsedMs)));
    if (outcome.rendered) {
        QVERIFY2(mayRender, "rendered something that is not a PDF");
        QVERIFY(quint32(outcome.page.pixelSize.width()) <= PreviewProtocol::kMaxSide);
        QVERIFY(quint32(outcome.page.pixelSize.height()) <= PreviewProtocol::kMaxSide);
        QVERIFY(quint64(outcome.page.pixelSize.width()) * quint64(outcome.page.pixelSize.height())
                <= PreviewProtocol::kMaxPixels);
    } else {
        QVERIFY2(outcome.failure == PreviewRenderer::Failure::Refused
                     || outcome.failure == PreviewRenderer::Failure::Crashed,
                 qPrintable(outcome.detail));
    }
    QVERIFY(!renderer.isBusy());
}

void TestPreviewRenderer::hangingRendererIsKilledAtTheTimeout()
{
    PreviewRenderer renderer;
    renderer.setProgram(QStringLiteral(LEADINTAKE_PREVIEW));
    renderer.setExtraArguments({ QStringLiteral("--test-hang") });
    renderer.setTimeout(std::chrono::milliseconds(1500));
    const Outcome outcome = run(renderer, m_threePages, 0, 400);
    QVERIFY(!outcome.rendered);
    QCOMPARE(outcome.failure, PreviewRenderer::Failure::TimedOut);
    QVERIFY2(outcome.detail.startsWith(QStringLiteral("the renderer did not answer within 2 second")), qPrintable(outcome.detail));
    QVERIFY(outcome.elapsedMs >= 1500);
    QVERIFY(!renderer.isBusy());
    // The same renderer object renders the next file normally.
    renderer.setExtraArguments({});
    renderer.setTimeout(std::chrono::milliseconds(15000));
    QVERIFY(run(renderer, m_threePages, 0, 200).rendered);
}

void TestPreviewRenderer::garbageFromTheRendererIsRefused()
{
    // Fault injection: a "renderer" that answers random bytes (as a subverted one could).
    const QString fake = m_dir.filePath(QStringLiteral("garbage-renderer"));
    QFile script(fake);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\ncat >/dev/null\nprintf 'LIPREVW1\\000\\000\\000\\000'\nhead -c 5000 /dev/urandom\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    PreviewRenderer renderer;
    renderer.setProgram(fake);
    renderer.setSandboxPolicy(PreviewRenderer::SandboxPolicy::Never);
    const Outcome outcome = run(renderer, m_threePages, 0, 400);
    QVERIFY(!outcome.rendered);
    QCOMPARE(outcome.failure, PreviewRenderer::Failure::Garbage);
}

void TestPreviewRenderer::missingRendererFailsToStart()
{
    PreviewRenderer renderer;
    renderer.setProgram(m_dir.filePath(QStringLiteral("no-such-renderer")));
    renderer.setSandboxPolicy(PreviewRenderer::SandboxPolicy::Never);
    const Outcome outcome = run(renderer, m_threePages, 0, 400);
    QVERIFY(!outcome.rendered);
    QCOMPARE(outcome.failure, PreviewRenderer::Failure::NotStarted);
}

void TestPreviewRenderer::newRequestCancelsTheOldOne()
{
    PreviewRenderer renderer;
    renderer.setProgram(QStringLiteral(LEADINTAKE_PREVIEW));
    QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);
    QSignalSpy failed(&renderer, &PreviewRenderer::failed);
    const quint64 first = renderer.render(m_threePages, 0, 300);
    const quint64 second = renderer.render(m_threePages, 2, 300);
    QVERIFY(second != first);
    QTRY_COMPARE_WITH_TIMEOUT(rendered.size(), 1, 30000);
    QCOMPARE(rendered.first().at(0).value<quint64>(), second);
    QCOMPARE(rendered.first().at(1).value<PreviewPage>().pageIndex, 2);
    QCOMPARE(failed.size(), 0);
    renderer.render(m_threePages, 1, 300);
    renderer.cancel();
    QVERIFY(!renderer.isBusy());
    // The cancelled request's process was disconnected before it was killed: whatever it
    // does now reaches nobody. The next request answers for itself only.
    QVERIFY(run(renderer, m_threePages, 0, 200).rendered);
    QCOMPARE(rendered.size(), 2);
    QCOMPARE(failed.size(), 0);
}

void TestPreviewRenderer::wellFormedReplyIsRead()
{
    QByteArray bytes(PreviewProtocol::kMagic, PreviewProtocol::kMagicSize);
    {
        QDataStream out(&bytes, QIODevice::Append);
        out << quint32(0) << qint32(2) << qint32(1) << 612.0 << 792.0 << 72.0 << quint32(3) << quint32(2);
        const QByteArray pixels(3 * 2 * 4, '\x7f');
        out.writeRawData(pixels.constData(), int(pixels.size()));
        out << quint32(1) << 10.0 << 20.0 << 30.0 << 12.0 << quint8(1);
        const QByteArray word = QStringLiteral("Zoë").toUtf8();
        out << quint32(word.size());
        out.writeRawData(word.constData(), int(word.size()));
    }
    QString problem;
    const std::optional<PreviewReply> reply = PreviewReply::parse(bytes, &problem);
    QVERIFY2(reply, qPrintable(problem));
    QCOMPARE(reply->status, PreviewProtocol::Status::Ok);
    QCOMPARE(reply->page.pageCount, 2);
    QCOMPARE(reply->page.pageIndex, 1);
    QCOMPARE(reply->page.pixelSize, QSize(3, 2));
    QCOMPARE(reply->page.pixels, QByteArray(24, '\x7f'));
    QCOMPARE(reply->page.words.size(), 1);
    QCOMPARE(reply->page.words.at(0).text, QStringLiteral("Zoë"));
    QCOMPARE(reply->page.words.at(0).box, QRectF(10, 20, 30, 12));
    QVERIFY(reply->page.words.at(0).spaceAfter);
}

void TestPreviewRenderer::malformedRepliesAreRefused_data()
{
    QTest::addColumn<QByteArray>("reply");
    const auto header = [](quint32 status) {
        QByteArray bytes(PreviewProtocol::kMagic, PreviewProtocol::kMagicSize);
        QDataStream out(&bytes, QIODevice::Append);
        out << status;
        return bytes;
    };
    const auto page = [&header](qint32 count, qint32 index, quint32 width, quint32 height, int pixelBytes,
                                quint32 words) {
        QByteArray bytes = header(0);
        QDataStream out(&bytes, QIODevice::Append);
        out << count << index << 612.0 << 792.0 << 72.0 << width << height;
        const QByteArray pixels(pixelBytes, '\xff');
        out.writeRawData(pixels.constData(), pixelBytes);
        out << words;
        return bytes;
    };
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong magic") << QByteArray("LIPREVW2\0\0\0\0", 12);
    QTest::newRow("unknown status") << header(7);
    QTest::newRow("failure without message") << header(1);
    QByteArray longMessage = header(1);
    {
        QDataStream out(&longMessage, QIODevice::Append);
        out << quint32(100000);
    }
    QTest::newRow("message longer than allowed") << longMessage + QByteArray(100000, 'x');
    QTest::newRow("page index beyond count") << page(2, 2, 10, 10, 400, 0);
    QTest::newRow("zero pages") << page(0, 0, 10, 10, 400, 0);
    QTest::newRow("width beyond the limit") << page(1, 0, PreviewProtocol::kMaxSide + 1, 1, 4 * (PreviewProtocol::kMaxSide + 1), 0);
    QTest::newRow("pixels beyond the limit") << page(1, 0, 8000, 8000, 0, 0);
    QTest::newRow("short image") << page(1, 0, 10, 10, 399, 0);
    QTest::newRow("words promised, none sent") << page(1, 0, 10, 10, 400, 3);
    QTest::newRow("bytes after the reply") << page(1, 0, 10, 10, 400, 0) + "x";
}

void TestPreviewRenderer::malformedRepliesAreRefused()
{
    QFETCH(QByteArray, reply);
    QString problem;
    QVERIFY(!PreviewReply::parse(reply, &problem));
    QVERIFY(!problem.isEmpty());
}

void TestPreviewRenderer::limitsAreInForce_data()
{
    addPolicyRows();
}

void TestPreviewRenderer::limitsAreInForce()
{
    QFETCH(PreviewRenderer::SandboxPolicy, policy);
    if (policy == PreviewRenderer::SandboxPolicy::Auto && !sandboxWorks())
        QSKIP("bubblewrap is not installed or cannot create namespaces here");
    PreviewRenderer renderer;
    renderer.setProgram(QStringLiteral(LEADINTAKE_PREVIEW));
    renderer.setSandboxPolicy(policy);
    renderer.setExtraArguments({ QStringLiteral("--test-limits") });
    const Outcome outcome = run(renderer, m_threePages, 0, 100);
    QCOMPARE(outcome.failure, PreviewRenderer::Failure::Diagnostic);
    QCOMPARE(outcome.detail,
             QStringLiteral("as=%1 cpu=%2 fsize=0 nofile=%3 core=0 nnp=1 seccomp=2")
                 .arg(PreviewProtocol::kAddressSpaceBytes)
                 .arg(PreviewProtocol::kCpuSeconds)
                 .arg(PreviewProtocol::kOpenFiles));
}

void TestPreviewRenderer::rendererReachesNoNetwork_data()
{
    addPolicyRows();
}

void TestPreviewRenderer::rendererReachesNoNetwork()
{
    QFETCH(PreviewRenderer::SandboxPolicy, policy);
    if (policy == PreviewRenderer::SandboxPolicy::Auto && !sandboxWorks())
        QSKIP("bubblewrap is not installed or cannot create namespaces here");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    PreviewRenderer renderer;
    renderer.setProgram(QStringLiteral(LEADINTAKE_PREVIEW));
    renderer.setSandboxPolicy(policy);
    renderer.setExtraArguments({ QStringLiteral("--test-connect"), QString::number(server.serverPort()) });
    const Outcome outcome = run(renderer, m_threePages, 0, 100);
    QCOMPARE(outcome.failure, PreviewRenderer::Failure::Diagnostic);
    // seccomp refuses the socket itself, so both ways end here; with bubblewrap alone
    // (another architecture) the empty network namespace refuses the connection instead.
    QVERIFY2(outcome.detail.startsWith(QStringLiteral("socket refused")) || outcome.detail.startsWith(QStringLiteral("connect failed")),
             qPrintable(outcome.detail));
    QVERIFY(!server.waitForNewConnection(200));

    // The check can fail: an unlimited process (bash's /dev/tcp) reaches the same server.
    QProcess direct;
    direct.start(QStringLiteral("/bin/bash"), { QStringLiteral("-c"),
                 QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/%1").arg(server.serverPort()) });
    QVERIFY(direct.waitForFinished());
    QVERIFY(server.waitForNewConnection(5000));
}

void TestPreviewRenderer::typicalCvRenderTime()
{
    // The figure in the report: page 1 of a typical 2-page resume, 800 px wide (the detail
    // pane at 1280 x 800), median of 20 renders. Run with LEADINTAKE_PREVIEW_BENCH=1.
    if (qEnvironmentVariableIsEmpty("LEADINTAKE_PREVIEW_BENCH"))
        QSKIP("set LEADINTAKE_PREVIEW_BENCH=1 to measure");
    const QByteArray cv = SamplePdfs::write(2, true);
    PreviewRenderer renderer;
    renderer.setProgram(QStringLiteral(LEADINTAKE_PREVIEW));
    QList<qint64> times;
    for (int i = 0; i < 21; ++i) {
        const Outcome outcome = run(renderer, cv, 0, 800);
        QVERIFY2(outcome.rendered, qPrintable(outcome.detail));
        if (i > 0) // the first one includes the sandbox probe
            times.append(outcome.elapsedMs);
    }
    std::sort(times.begin(), times.end());
    qInfo("page 1 of a %lld-byte 2-page CV at 800 px, %s: median %lld ms (min %lld, max %lld) over 20",
          qint64(cv.size()), qPrintable(renderer.sandboxDescription()), (times.at(9) + times.at(10)) / 2,
          times.constFirst(), times.constLast());
}

QTEST_MAIN(TestPreviewRenderer)
#include "tst_previewrenderer.moc"
