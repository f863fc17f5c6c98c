// MIME output: encodings, folding, injection resistance; decoded back and compared.
#include "mailencoding.h"
#include "mailmessage.h"
#include "mimebuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

namespace {

struct Part
{
    QList<std::pair<QByteArray, QByteArray>> headers; // unfolded
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

Part parsePart(const QByteArray& bytes)
{
    Part part;
    const qsizetype split = bytes.indexOf("\r\n\r\n");
    const QByteArray head = split < 0 ? bytes : bytes.left(split);
    part.body = split < 0 ? QByteArray() : bytes.mid(split + 4);
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if ((l.startsWith(' ') || l.startsWith('\t')) && !part.headers.isEmpty()) {
            part.headers.last().second += l; // unfold: drop only the CRLF
        } else {
            const qsizetype colon = l.indexOf(':');
            // Only the white space after the colon goes: trailing white space before a
            // fold is part of the value.
            QByteArray value = l.mid(colon + 1);
            while (value.startsWith(' ') || value.startsWith('\t'))
                value.remove(0, 1);
            part.headers.append({ l.left(colon), value });
        }
    }
    return part;
}

bool validUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = decoder(bytes);
    return !decoder.hasError() && s.toUtf8() == bytes;
}

// Decodes RFC 2047 words (whitespace between adjacent words ignored); checks each word.
QString decodeWords(const QByteArray& value, QStringList* problems)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QString out;
    qsizetype pos = 0;
    bool lastWasWord = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = text.mid(pos, m.capturedStart() - pos);
        if (!(lastWasWord && between.trimmed().isEmpty()))
            out += between;
        if (m.capturedLength() > 75)
            problems->append(QStringLiteral("encoded-word longer than 75: ") + m.captured());
        if (m.captured(1).compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0)
            problems->append(QStringLiteral("charset ") + m.captured(1));
        const QByteArray payload = QByteArray::fromBase64(m.captured(3).toLatin1());
        if (!validUtf8(payload))
            problems->append(QStringLiteral("encoded-word is not whole UTF-8: ") + m.captured());
        out += QString::fromUtf8(payload);
        pos = m.capturedEnd();
        lastWasWord = true;
    }
    out += text.mid(pos);
    return out;
}

QString decodePhrase(const QByteArray& value, QStringList* problems)
{
    if (value.startsWith('"') && value.endsWith('"')) {
        QString out;
        const QString inner = QString::fromLatin1(value.mid(1, value.size() - 2));
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner.at(i) == u'\\' && i + 1 < inner.size())
                ++i;
            out += inner.at(i);
        }
        return out;
    }
    return decodeWords(value, problems);
}

QByteArray decodeQuotedPrintable(const QByteArray& qp)
{
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp.at(i) == '=' && i + 2 < qp.size() + 1 && qp.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else if (qp.at(i) == '=' && i + 2 < qp.size()) {
            out += char(qp.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += qp.at(i);
        }
    }
    return out;
}

QString neutral(QString s, bool trim)
{
    for (QChar& c : s) {
        if (c == u'\r' || c == u'\n' || c.unicode() == 0)
            c = u' ';
    }
    return trim ? s.trimmed() : s;
}

// Debian's Python (a pyenv python3 earlier on PATH may lack nothing here, but the fixtures
// use this one): parses `mime` with email.policy.default and reports what a reader sees.
const char* const kPythonParse = R"(
import email, json, sys
from email import policy
msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=policy.default)
def mailbox(name):
    h = msg[name]
    if h is None or not h.addresses:
        return None
    return {"name": h.addresses[0].display_name, "address": h.addresses[0].addr_spec,
            "count": len(h.addresses)}
defects = []
for part in msg.walk():
    defects += [type(d).__name__ for d in part.defects]
    for name, value in part.items():
        for d in getattr(value, "defects", []):
            # name="=?...?=" for older readers is outside RFC 2047 (see smtp_fixture.py)
            if not (name.lower() == "content-type" and str(d) in (
                    "encoded word inside quoted string",
                    "missing trailing whitespace after encoded-word")):
                defects.append("%s: %s" % (name, d))
attachments = [part.get_filename() for part in msg.iter_attachments()]
print(json.dumps({"headers": list(msg.keys()), "from": mailbox("From"), "to": mailbox("To"),
                  "reply_to": mailbox("Reply-To"), "subject": str(msg["Subject"]),
                  "defects": defects, "attachments": attachments}))
)";

QJsonObject parseWithPython(const QByteArray& mime, QString* error)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QString::fromUtf8(kPythonParse) });
    if (!python.waitForStarted(10000)) {
        *error = python.errorString();
        return {};
    }
    python.write(mime);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

class TstMimeBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void message_data();
    void message();
    void mailboxAddressing_data();
    void mailboxAddressing();
    void uniqueIdsAndBoundaries();
    void encodedWordLookalikeNamesAreEncoded_data();
    void encodedWordLookalikeNamesAreEncoded();
    void pythonSeesNoInjectedHeader_data();
    void pythonSeesNoInjectedHeader();
    void replyToOnlyWithAUsableAddress();
    void callersMessageIdOnlyWhenWellFormed_data();
    void callersMessageIdOnlyWhenWellFormed();
};

void TstMimeBuilder::message_data()
{
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("html");

    auto u = [](const char* s) { return QString::fromUtf8(s); };
    const QString text = u("Dear prospect,\n.leading dot\nTrailing space \nTab\there\n") + QString(500, u'y')
        + u("\nÜmlaute, 中文, 🙂 and = signs.\n");
    QTest::newRow("ASCII") << u("Front Desk") << u("Jane Doe") << u("Your intake") << u("resume.pdf") << text << false;
    QTest::newRow("ASCII specials quoted") << u("Smith, Jones & Partners (Intake) \"Desk\"") << u("Doe, Jane Q.")
                                           << u("Re: [intake] 100% done; ok?") << u("cv \"final\".pdf") << text << true;
    QTest::newRow("accents") << u("Réception Müller") << u("Zoë Ångström") << u("Votre dossier à l'accueil — reçu")
                             << u("Lebenslauf Jürgen Größe.pdf") << text << true;
    QTest::newRow("CJK") << u("山田法律事務所 受付") << u("田中 太郎")
                         << u("ご相談の受付が完了しました。担当弁護士から折り返しご連絡いたします。よろしくお願いいたします。")
                         << u("履歴書_田中太郎_2026年版_最終版_提出用_コピー.pdf") << text << false;
    QTest::newRow("emoji") << u("Front Desk 👩‍⚖️") << u("Sam 🙂")
                           << QString(u("🎉👍🏽📄☎️🙏")).repeated(12) << u("cv 📄.pdf") << text << false;
    QTest::newRow("RTL") << u("مكتب المحاماة") << u("שרה כהן") << u("تم استلام طلبك بنجاح — נקבל אותך בקרוב")
                         << u("קורות חיים.pdf") << text << true;
    QTest::newRow("CRLF injection in names") << u("Desk\r\nBcc: victim@example.net") << u("Jane\nX-Evil: 1")
                                             << u("Hello") << u("cv.pdf") << text << false;
    QTest::newRow("CRLF injection in subject") << u("Desk") << u("Jane")
                                               << u("Hello\r\nBcc: victim@example.net\r\n\r\nInjected body")
                                               << u("cv.pdf") << text << false;
    QTest::newRow("CRLF injection in file name") << u("Desk") << u("Jane") << u("Hello")
                                                 << u("cv.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>")
                                                 << text << false;
    QTest::newRow("NUL and bare CR in non-ASCII subject") << u("Dësk") << u("Jäne") << QStringLiteral("Grüße\0\rBcc: x")
                                                          << u("cv.pdf") << text << false;
    QTest::newRow("long ASCII subject folds") << u("Desk") << u("Jane")
                                              << QString(u("Long subject words ")).repeated(40) + u("end")
                                              << u("resume.pdf") << text << false;
    QTest::newRow("very long word subject") << u("Desk") << u("Jane") << QString(2000, u'w') << u("resume.pdf")
                                            << text << false;
    QTest::newRow("long non-ASCII file name continues (RFC 2231)")
        << u("Desk") << u("Jane") << u("Files") << QString(u("Très-long-nom-de-fichier-")).repeated(20) + u(".pdf")
        << text << false;
    QTest::newRow("encoded-word lookalike in ASCII subject") << u("=?UTF-8?B?SGk=?=") << u("Jane")
                                                             << u("=?UTF-8?B?SGk=?= literal") << u("cv.pdf") << text
                                                             << false;
    QTest::newRow("empty text body") << u("Desk") << u("Jane") << QString() << u("cv.pdf") << QString() << false;
    // Found by fuzz_mime: lines over 998 octets. A run of spaces cannot be folded (a folded
    // line must not be white space only), and escaping can double a quoted name's length.
    QTest::newRow("long run of spaces in subject") << u("Desk") << u("Jane")
                                                   << u("Re:") + QString(1100, u' ') + u("x")
                                                   << u("cv.pdf") << text << false;
    QTest::newRow("tab between runs of spaces in subject") << u("Desk") << u("Jane")
                                                           << u("a") + QString(80, u' ') + u("\t") + QString(80, u' ') + u("b")
                                                           << u("cv.pdf") << text << false;
    QTest::newRow("quotes doubled by escaping in names") << QString(600, u'"') << u("Jane") + QString(600, u'\\')
                                                         << u("Hello") << u("cv.pdf") << text << false;
    QTest::newRow("quotes doubled by escaping in file name") << u("Desk") << u("Jane") << u("Hello")
                                                             << QString(800, u'"') + u(".pdf") << text << false;
}

void TstMimeBuilder::message()
{
    QFETCH(QString, fromName);
    QFETCH(QString, toName);
    QFETCH(QString, subject);
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    QFETCH(bool, html);

    QByteArray pdf;
    for (int i = 0; i < 3000; ++i)
        pdf += char((i * 7919) % 256); // every byte value, binary
    MailMessage msg;
    msg.from = { fromName, QStringLiteral("intake@lawfirm.example") };
    msg.to = { { toName, QStringLiteral("prospect@bücher.example") } };
    msg.subject = subject;
    msg.textBody = text;
    if (html)
        msg.htmlBody = QStringLiteral("<p>Hello</p>");
    msg.attachments = { { fileName, QByteArrayLiteral("application/pdf"), pdf } };
    const QByteArray mime = msg.toMime();

    // Wire rules: 7-bit, CRLF only, no line over 998 octets.
    for (const char c : mime)
        QVERIFY2(static_cast<unsigned char>(c) < 0x80 && c != '\0', "8-bit or NUL byte in output");
    QVERIFY2(!QByteArray(mime).replace("\r\n", "").contains('\n'), "bare LF");
    QVERIFY2(!QByteArray(mime).replace("\r\n", "").contains('\r'), "bare CR");
    QVERIFY(mime.endsWith("\r\n"));
    for (const QByteArray& line : mime.split('\n'))
        QVERIFY2(line.size() <= 999, qPrintable(QStringLiteral("line of %1 octets").arg(line.size() - 1)));
    // A folded header line is never white space only (RFC 5322 3.2.2): some readers take
    // it for the blank line that ends the header, and the fields after it become body.
    for (const QByteArray& line : mime.left(mime.indexOf("\r\n\r\n")).split('\n'))
        QVERIFY2(!line.trimmed().isEmpty(), "a header line of white space only");

    const Part top = parsePart(mime);
    QStringList names;
    for (const auto& h : top.headers)
        names.append(QString::fromLatin1(h.first));
    QCOMPARE(names, (QStringList{ QStringLiteral("Date"), QStringLiteral("From"), QStringLiteral("To"),
                                  QStringLiteral("Subject"), QStringLiteral("Message-ID"),
                                  QStringLiteral("MIME-Version"), QStringLiteral("Content-Type") }));
    QVERIFY(QRegularExpression(QStringLiteral("^<[0-9a-f]{32}@lawfirm\\.example>$"))
                .match(QString::fromLatin1(top.header("Message-ID")))
                .hasMatch());
    QCOMPARE(top.header("MIME-Version"), QByteArray("1.0"));
    QVERIFY(!top.header("Date").isEmpty());

    QStringList problems;
    // Subject decodes back to the original, line breaks neutralised.
    QCOMPARE(decodeWords(top.header("Subject"), &problems), neutral(subject, false));
    // From: phrase <addr>, the address's IDN domain in punycode.
    const QByteArray from = top.header("From");
    QVERIFY(from.endsWith(" <intake@lawfirm.example>"));
    QCOMPARE(decodePhrase(from.left(from.size() - 25).trimmed(), &problems), neutral(fromName, true));
    const QByteArray to = top.header("To");
    QVERIFY2(to.endsWith("<prospect@xn--bcher-kva.example>"), to.constData());
    QCOMPARE(decodePhrase(to.left(to.lastIndexOf('<')).trimmed(), &problems), neutral(toName, true));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // multipart/mixed with a boundary ≤ 70 that occurs only as delimiters.
    const QByteArray type = top.header("Content-Type");
    QVERIFY(type.startsWith("multipart/mixed;"));
    const QByteArray boundary = type.mid(type.indexOf("boundary=\"") + 10).chopped(1);
    QVERIFY(!boundary.isEmpty() && boundary.size() <= 70);
    QList<QByteArray> parts = top.body.split('\n');
    QByteArrayList chunks;
    QByteArray current;
    int delimiters = 0;
    bool closed = false;
    for (QByteArray line : parts) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line == "--" + boundary || line == "--" + boundary + "--") {
            if (delimiters > 0)
                chunks.append(current.chopped(2)); // the CRLF before a delimiter belongs to it
            current.clear();
            ++delimiters;
            closed = line.endsWith("--");
            continue;
        }
        QVERIFY2(!line.contains(boundary), "boundary occurs inside content");
        current += line + "\r\n";
    }
    QVERIFY(closed);
    QCOMPARE(chunks.size(), 2);

    // Body: text (or alternative) in quoted-printable, decodes back to the text.
    Part body = parsePart(chunks.at(0));
    if (html) {
        QVERIFY(body.header("Content-Type").startsWith("multipart/alternative;"));
        const QByteArray inner = body.header("Content-Type");
        const QByteArray b2 = inner.mid(inner.indexOf("boundary=\"") + 10).chopped(1);
        const QByteArray open = "--" + b2 + "\r\n";
        const QByteArray next = "\r\n--" + b2;
        const qsizetype start = body.body.indexOf(open) + open.size();
        body = parsePart(body.body.mid(start, body.body.indexOf(next, start) - start));
    }
    QCOMPARE(body.header("Content-Type"), QByteArray("text/plain; charset=UTF-8"));
    QCOMPARE(body.header("Content-Transfer-Encoding"), QByteArray("quoted-printable"));
    for (const QByteArray& line : body.body.split('\n'))
        QVERIFY2(line.size() <= 77, "quoted-printable line over 76");
    QString expectedText = text;
    expectedText.replace(u'\n', QLatin1String("\r\n"));
    QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(body.body)), expectedText);

    // Attachment: application/pdf, base64 in 76-char lines, RFC 2231 filename.
    const Part att = parsePart(chunks.at(1));
    const QByteArray attType = att.header("Content-Type");
    QVERIFY(attType.startsWith("application/pdf;"));
    QCOMPARE(att.header("Content-Transfer-Encoding"), QByteArray("base64"));
    const QByteArrayList b64Lines = att.body.split('\n');
    for (qsizetype i = 0; i < b64Lines.size(); ++i) {
        const QByteArray l = b64Lines.at(i).endsWith('\r') ? b64Lines.at(i).chopped(1) : b64Lines.at(i);
        QVERIFY(l.size() <= 76);
        if (i + 2 < b64Lines.size())
            QCOMPARE(l.size(), 76);
    }
    QCOMPARE(QByteArray::fromBase64(QByteArray(att.body).replace("\r\n", "")), pdf);

    const QByteArray disposition = att.header("Content-Disposition");
    QVERIFY(disposition.startsWith("attachment;"));
    static const QRegularExpression param(QStringLiteral("filename\\*(?:(\\d+)\\*)?=(?:UTF-8'')?([^;\\s]*)"));
    QByteArray encodedName;
    auto it = param.globalMatch(QString::fromLatin1(disposition));
    int expectedIndex = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty())
            QCOMPARE(m.captured(1).toInt(), expectedIndex++);
        encodedName += m.captured(2).toLatin1();
    }
    QVERIFY(disposition.contains("filename*=UTF-8''") || disposition.contains("filename*0*=UTF-8''"));
    const QByteArray nameBytes = QByteArray::fromPercentEncoding(encodedName);
    QVERIFY(validUtf8(nameBytes));
    QCOMPARE(QString::fromUtf8(nameBytes), neutral(fileName, true));

    // name= for older readers decodes to the same name.
    const QByteArray nameParam = attType.mid(attType.indexOf("name=") + 5);
    const bool wordsInName = nameParam.startsWith("\"=?UTF-8?B?");
    QCOMPARE(wordsInName ? decodeWords(nameParam.mid(1).chopped(1), &problems) : decodePhrase(nameParam, &problems),
             neutral(fileName, true));
    if (!MailEncoding::isPrintableAscii(neutral(fileName, true)))
        QVERIFY(wordsInName); // ASCII names may be encoded too ("=?", very long once escaped)
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TstMimeBuilder::mailboxAddressing_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("encoded"); // empty: refused

    QTest::newRow("plain") << QStringLiteral("jane@example.org") << QByteArray("jane@example.org");
    QTest::newRow("IDN domain to punycode") << QStringLiteral("anna@bücher.example") << QByteArray("anna@xn--bcher-kva.example");
    QTest::newRow("UTF-8 local part kept") << QStringLiteral("josé@example.org") << QByteArray("jos\xc3\xa9@example.org");
    QTest::newRow("CRLF refused") << QStringLiteral("a@example.org\r\nRCPT TO:<b@example.org>") << QByteArray();
    QTest::newRow("LF refused") << QStringLiteral("a@exa\nmple.org") << QByteArray();
    QTest::newRow("NUL refused") << QStringLiteral("a\0b@example.org") << QByteArray();
    QTest::newRow("angle bracket refused") << QStringLiteral("a>@example.org") << QByteArray();
    QTest::newRow("no at sign refused") << QStringLiteral("example.org") << QByteArray();
    QTest::newRow("empty domain refused") << QStringLiteral("a@") << QByteArray();
    QTest::newRow("space refused") << QStringLiteral("a b@example.org") << QByteArray();
    // Found by fuzz_mime: a 1200-character local part gave a 1200-octet header line.
    QTest::newRow("over 254 octets refused") << QString(QString(1200, u'm') + QStringLiteral("@b.example"))
                                             << QByteArray();
    QTest::newRow("254 octets kept") << QString(QString(244, u'm') + QStringLiteral("@b.example"))
                                     << QByteArray(QByteArray(244, 'm') + "@b.example");
    QTest::newRow("over 254 octets of UTF-8 refused") << QString(QString(123, u'é') + QStringLiteral("@b.example"))
                                                      << QByteArray();
}

void TstMimeBuilder::mailboxAddressing()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, encoded);
    QCOMPARE(MailEncoding::encodeAddress(address), encoded);
    QCOMPARE(MailEncoding::envelopeAddressProblem(address).isEmpty(), !encoded.isEmpty());
}

void TstMimeBuilder::uniqueIdsAndBoundaries()
{
    MailMessage msg;
    msg.from = { QStringLiteral("Desk"), QStringLiteral("intake@lawfirm.example") };
    msg.to = { { QString(), QStringLiteral("a@example.org") } };
    msg.attachments = { { QStringLiteral("a.pdf"), QByteArrayLiteral("application/pdf"), QByteArray("x") } };
    QSet<QByteArray> ids;
    QSet<QByteArray> boundaries;
    for (int i = 0; i < 200; ++i) {
        const Part p = parsePart(msg.toMime());
        ids.insert(p.header("Message-ID"));
        boundaries.insert(p.header("Content-Type"));
    }
    QCOMPARE(ids.size(), 200);
    QCOMPARE(boundaries.size(), 200);
    QCOMPARE(parsePart(msg.toMime()).header("To"), QByteArray("<a@example.org>"));
}

void TstMimeBuilder::encodedWordLookalikeNamesAreEncoded_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("encoded");
    auto u = [](const char* s) { return QString::fromUtf8(s); };
    QTest::newRow("B encoded-word carrying CR LF Bcc") << u("=?UTF-8?B?RXZlDQpCY2M6IGV2aWxAeC5vcmc=?=") << true;
    QTest::newRow("Q encoded-word carrying CR LF Bcc") << u("=?utf-8?q?Eve=0D=0ABcc:_evil@x.org?=") << true;
    QTest::newRow("encoded-word after a word") << u("Eve =?UTF-8?B?RXZlDQpCY2M6IGV2aWxAeC5vcmc=?=") << true;
    QTest::newRow("bare =? among specials") << u("Smith, Jones =? Partners") << true;
    QTest::newRow("one non-ASCII letter") << u("Zoë") << true;
    QTest::newRow("non-breaking space") << u("Ana Ruiz") << true;
    QTest::newRow("plain ASCII atoms stay as typed") << u("Ana Ruiz") << false;
    QTest::newRow("ASCII specials stay quoted") << u("Ruiz, Ana") << false;
}

void TstMimeBuilder::encodedWordLookalikeNamesAreEncoded()
{
    QFETCH(QString, name);
    QFETCH(bool, encoded);
    const QByteArray phrase = MailEncoding::encodePhrase(name, 4);
    if (!encoded) {
        QVERIFY(!phrase.contains("=?"));
        return;
    }
    // Exactly the encoded-word(s) of the typed characters, nothing quoted around them.
    QCOMPARE(phrase, MailEncoding::encodeWords(name, 4));
    QVERIFY2(phrase.startsWith("=?UTF-8?B?") && phrase.endsWith("?="), phrase.constData());
    QStringList problems;
    QCOMPARE(decodeWords(phrase, &problems), name);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // The very header bytes for the name from the report.
    MailMessage msg;
    msg.from = { QStringLiteral("Desk"), QStringLiteral("intake@lawfirm.example") };
    msg.to = { { name, QStringLiteral("a@example.org") } };
    msg.subject = QStringLiteral("Hi");
    const QByteArray mime = msg.toMime();
    const QByteArray expected = "\r\nTo: " + MailEncoding::encodeMailbox(name, QStringLiteral("a@example.org"), 4)
        + "\r\n";
    QVERIFY2(mime.contains(expected), mime.constData());
    QVERIFY(!mime.contains("\"="));
    if (name == QLatin1String("=?UTF-8?B?RXZlDQpCY2M6IGV2aWxAeC5vcmc=?=")) {
        QCOMPARE(phrase, QByteArray("=?UTF-8?B?PT9VVEYtOD9CP1JYWmxEUXBDWTJNNklHVjJhV3hBZUM1dmNtYz0/PQ==?="));
        QVERIFY2(mime.contains("\r\nTo: =?UTF-8?B?PT9VVEYtOD9CP1JYWmxEUXBDWTJNNklHVjJhV3hBZUM1dmNtYz0/PQ==?=\r\n"
                               " <a@example.org>\r\n"),
                 mime.constData());
    }
}

void TstMimeBuilder::pythonSeesNoInjectedHeader_data()
{
    QTest::addColumn<QString>("name");
    auto u = [](const char* s) { return QString::fromUtf8(s); };
    QTest::newRow("B encoded-word carrying CR LF Bcc") << u("=?UTF-8?B?RXZlDQpCY2M6IGV2aWxAeC5vcmc=?=");
    QTest::newRow("Q encoded-word carrying CR LF Bcc") << u("=?utf-8?q?Eve=0D=0ABcc:_evil@x.org?=");
    QTest::newRow("encoded-word between words") << u("Eve =?UTF-8?B?RXZlDQpCY2M6IGV2aWxAeC5vcmc=?= Smith");
    QTest::newRow("encoded-word with a quote") << u("\"=?UTF-8?B?RXZlDQpCY2M6IGV2aWxAeC5vcmc=?=\"");
    QTest::newRow("non-ASCII with encoded-word") << u("Zoë =?UTF-8?B?DQpCY2M6IGV2aWxAeC5vcmc=?=");
    QTest::newRow("literal CR LF Bcc") << u("Eve\r\nBcc: evil@x.org");
}

void TstMimeBuilder::pythonSeesNoInjectedHeader()
{
    QFETCH(QString, name);
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("/usr/bin/python3 is not installed");
    MailMessage msg;
    msg.from = { name, QStringLiteral("intake@lawfirm.example") };
    msg.to = { { name, QStringLiteral("prospect@example.org") } };
    msg.replyTo = { name, QStringLiteral("prospect@example.org") };
    msg.subject = QStringLiteral("New lead: ") + name;
    msg.textBody = QStringLiteral("Hello");
    msg.attachments = { { name + QStringLiteral(".pdf"), QByteArrayLiteral("application/pdf"), QByteArray("%PDF-1.4") } };
    QString error;
    const QJsonObject seen = parseWithPython(msg.toMime(), &error);
    QVERIFY2(!seen.isEmpty(), qPrintable(error));

    QStringList headers;
    for (const QJsonValue& h : seen.value(QStringLiteral("headers")).toArray())
        headers.append(h.toString());
    QCOMPARE(headers, (QStringList { QStringLiteral("Date"), QStringLiteral("From"), QStringLiteral("To"),
                                     QStringLiteral("Reply-To"), QStringLiteral("Subject"), QStringLiteral("Message-ID"),
                                     QStringLiteral("MIME-Version"), QStringLiteral("Content-Type") }));
    QCOMPARE(seen.value(QStringLiteral("defects")).toArray(), QJsonArray());
    // Each mailbox header holds one mailbox, named with the characters typed (line breaks
    // neutralised as before). Python puts a space between adjacent encoded-words of a
    // phrase (RFC 2047 says to ignore the folding there), so spaces are compared loosely.
    const QString shown = neutral(name, true);
    for (const char* header : { "from", "to", "reply_to" }) {
        const QJsonObject box = seen.value(QLatin1String(header)).toObject();
        QCOMPARE(box.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(box.value(QStringLiteral("name")).toString().simplified(), shown.simplified());
    }
    QCOMPARE(seen.value(QStringLiteral("to")).toObject().value(QStringLiteral("address")).toString(),
             QStringLiteral("prospect@example.org"));
    QCOMPARE(seen.value(QStringLiteral("subject")).toString(), neutral(QStringLiteral("New lead: ") + name, false));
    QCOMPARE(seen.value(QStringLiteral("attachments")).toArray(), QJsonArray { QJsonValue(QString(shown + QStringLiteral(".pdf"))) });
}

void TstMimeBuilder::replyToOnlyWithAUsableAddress()
{
    MailMessage msg;
    msg.from = { QStringLiteral("Desk"), QStringLiteral("intake@lawfirm.example") };
    msg.to = { { QString(), QStringLiteral("attorney@lawfirm.example") } };
    msg.replyTo = { QStringLiteral("Ana López"), QStringLiteral("ana@bücher.example") };
    QCOMPARE(parsePart(msg.toMime()).header("Reply-To"),
             MailEncoding::encodeWords(QStringLiteral("Ana López"), 10) + " <ana@xn--bcher-kva.example>");
    // An address that cannot be a header's (a line break, no '@') gives no Reply-To at all,
    // never an empty one.
    for (const QString& bad : { QStringLiteral("ana@example.org\r\nBcc: x@y.org"), QStringLiteral("no-at-sign") }) {
        msg.replyTo = { QStringLiteral("Ana"), bad };
        const QByteArray mime = msg.toMime();
        QVERIFY2(!mime.contains("Reply-To"), mime.constData());
        QVERIFY(!mime.contains("Bcc"));
    }
}

void TstMimeBuilder::callersMessageIdOnlyWhenWellFormed_data()
{
    QTest::addColumn<QByteArray>("given");
    QTest::addColumn<bool>("kept");
    QTest::newRow("plain") << QByteArray("<a1.b2@firm.example>") << true;
    // Found by fuzz_mime: "<@firm.example>" went out as the header (RFC 5322 needs an id-left).
    QTest::newRow("no local part") << QByteArray("<@firm.example>") << false;
    QTest::newRow("no domain") << QByteArray("<abc@>") << false;
    QTest::newRow("space") << QByteArray("<a b@firm.example>") << false;
    QTest::newRow("two ats") << QByteArray("<a@b@firm.example>") << false;
}

void TstMimeBuilder::callersMessageIdOnlyWhenWellFormed()
{
    QFETCH(QByteArray, given);
    QFETCH(bool, kept);
    MailMessage msg;
    msg.from = { QStringLiteral("Desk"), QStringLiteral("intake@lawfirm.example") };
    msg.to = { { QString(), QStringLiteral("attorney@lawfirm.example") } };
    msg.messageId = given;
    const QByteArray id = parsePart(msg.toMime()).header("Message-ID");
    if (kept)
        QCOMPARE(id, given);
    else
        QVERIFY2(QRegularExpression(QStringLiteral("^<[0-9a-f]{32}@lawfirm\\.example>$")).match(QString::fromLatin1(id)).hasMatch(),
                 id.constData());
}

QTEST_GUILESS_MAIN(TstMimeBuilder)
#include "tst_mimebuilder.moc"
