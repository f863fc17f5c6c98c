// The shipped translations (issue 11, item 1): no message unfinished or empty, the same
// placeholders and at most the source's mnemonic in every translation, and no .ts stale
// against the sources (lupdate, with the build's own file list, run on a temporary copy
// would add or drop nothing, and finds no tr() it cannot attribute to a context).
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const { return QStringLiteral("[%1] \"%2\"").arg(context, source.left(80)); }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            // </translation> closes the message as far as we are concerned.
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QStringList configuredList(const char* joined)
{
    return QString::fromUtf8(joined).split(u'|', Qt::SkipEmptyParts);
}

QStringList shippedTs() { return configuredList(LEADINTAKE_TS_FILES); }

bool isPluralOnly(const QString& path) { return configuredList(LEADINTAKE_TS_PLURALONLY).contains(path); }

// %1..%9 and %n, with or without the L (locale) modifier, as a sorted multiset.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9n]"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// Mnemonic markers: '&' before a visible character; "&&" is a literal ampersand.
int mnemonics(const QString& text)
{
    QString rest = text;
    rest.replace(QStringLiteral("&&"), QString());
    static const QRegularExpression re(QStringLiteral("&[^\\s&]"));
    int count = 0;
    for (auto it = re.globalMatch(rest); it.hasNext(); it.next())
        ++count;
    return count;
}

int expectedPluralForms(const QString& language)
{
    // Both languages shipped today have "one" and "other"; a new language must be added here
    // with its own count (Qt's numerus rules: e.g. 3 for Polish).
    if (language.startsWith(u"es") || language.startsWith(u"en"))
        return 2;
    return -1;
}

void addTsRows()
{
    QTest::addColumn<QString>("path");
    const QStringList files = shippedTs();
    for (const QString& path : files)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

} // namespace

class TstTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsSpanish();
    void complete_data() { addTsRows(); }
    void complete();
    void placeholdersAndMnemonicsKept_data() { addTsRows(); }
    void placeholdersAndMnemonicsKept();
    void upToDateWithSources_data() { addTsRows(); }
    void upToDateWithSources();
};

void TstTranslations::shipsSpanish()
{
    const QStringList files = shippedTs();
    QVERIFY2(std::any_of(files.begin(), files.end(),
                         [](const QString& f) { return f.endsWith(QStringLiteral("leadintake_es.ts")); }),
             qPrintable(files.join(u' ')));
    for (const QString& f : files)
        QVERIFY2(QFileInfo::exists(f), qPrintable(f));
}

void TstTranslations::complete()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    const int forms = expectedPluralForms(ts.language);
    QVERIFY2(forms > 0, qPrintable(QStringLiteral("no plural rule known for %1").arg(ts.language)));
    QStringList problems;
    for (const TsMessage& m : ts.messages) {
        if (!m.type.isEmpty())
            problems.append(QStringLiteral("%1 is %2").arg(m.where(), m.type));
        else if (m.numerus && m.translations.size() != forms)
            problems.append(QStringLiteral("%1 has %2 plural forms, %3 expected")
                                .arg(m.where()).arg(m.translations.size()).arg(forms));
        else if (std::any_of(m.translations.begin(), m.translations.end(),
                             [](const QString& t) { return t.trimmed().isEmpty(); }))
            problems.append(QStringLiteral("%1 has an empty translation").arg(m.where()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages in %3:\n  %4")
                                                .arg(problems.size()).arg(ts.messages.size())
                                                .arg(QFileInfo(path).fileName(), problems.join(QStringLiteral("\n  ")))));
}

void TstTranslations::placeholdersAndMnemonicsKept()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const TsMessage& m : ts.messages) {
        const QStringList expected = placeholders(m.source);
        const int sourceMnemonics = mnemonics(m.source);
        for (const QString& t : m.translations) {
            if (t.isEmpty())
                continue; // complete() reports it
            if (placeholders(t) != expected)
                problems.append(QStringLiteral("%1: placeholders %2 in \"%3\"")
                                    .arg(m.where(), placeholders(t).join(u' '), t.left(80)));
            const int translated = mnemonics(t);
            if (translated != sourceMnemonics || translated > qMax(1, sourceMnemonics))
                problems.append(QStringLiteral("%1: %2 mnemonic(s) in \"%3\", the source has %4")
                                    .arg(m.where()).arg(translated).arg(t.left(80)).arg(sourceMnemonics));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstTranslations::upToDateWithSources()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // The same options as the update_translations target (and -pluralonly for the English
    // file, which holds the plural forms only).
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-silent")};
    if (isPluralOnly(path))
        arguments.append(QStringLiteral("-pluralonly"));
    arguments << QStringLiteral("@" LEADINTAKE_LUPDATE_SOURCES) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LEADINTAKE_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    // A tr() lupdate cannot place in a context is never offered to translators: its text
    // stays English in every language (call Class::tr() there).
    QStringList hidden;
    for (const QString& line : output.split(u'\n'))
        if (line.contains(QStringLiteral("cannot be called without context")))
            hidden.append(line.trimmed());
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(u'\n')));

    const TsFile shipped = readTs(path);
    const TsFile updated = readTs(copy);
    QVERIFY2(shipped.error.isEmpty(), qPrintable(shipped.error));
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
    QSet<QString> before;
    for (const TsMessage& m : shipped.messages)
        before.insert(m.key());
    QStringList added;
    QSet<QString> after;
    for (const TsMessage& m : updated.messages) {
        after.insert(m.key());
        if (!before.contains(m.key()))
            added.append(m.where());
    }
    QStringList gone;
    for (const TsMessage& m : shipped.messages)
        if (!after.contains(m.key()))
            gone.append(m.where());
    if (added.isEmpty())
        added.append(QStringLiteral("(none)"));
    if (gone.isEmpty())
        gone.append(QStringLiteral("(none)"));
    QVERIFY2(added.constFirst() == u"(none)" && gone.constFirst() == u"(none)",
             qPrintable(QStringLiteral("%1 is stale: run lupdate (see README, Translations).\n"
                                       "New in the sources:\n  %2\nNo longer in the sources:\n  %3")
                            .arg(QFileInfo(path).fileName(), added.join(QStringLiteral("\n  ")),
                                 gone.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
