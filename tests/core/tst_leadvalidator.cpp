#include "leadvalidator.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

// The intake rules, one data row per case. `expected` is a fragment of the message, or
// empty when the value must be accepted.
class TestLeadValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void emails_data();
    void emails();
    void resumes_data();
    void resumes();
    void pdfStructure_data();
    void pdfStructure();
    void resumeVanishes();
    void resumeUnreadable();
    void validateCollectsEveryField();
    void validateTrimsAndReadsResume();
    void emailKeyIgnoresCase();
    void emailKeyOneMailboxOneKey_data();
    void emailKeyOneMailboxOneKey();

private:
    QTemporaryDir m_dir;
};

void TestLeadValidator::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("Jane") << QString();
    QTest::newRow("accents") << QStringLiteral("José Ñúñez") << QString();
    QTest::newRow("apostrophe and hyphen") << QStringLiteral("O'Brien-Smith") << QString();
    QTest::newRow("cjk") << QStringLiteral("李小龍") << QString();
    QTest::newRow("arabic rtl") << QStringLiteral("محمد") << QString();
    QTest::newRow("hebrew rtl") << QStringLiteral("שָׁלוֹם") << QString();
    QTest::newRow("devanagari") << QStringLiteral("अनीता") << QString();
    QTest::newRow("emoji") << QStringLiteral("Jane 😀") << QString();
    QTest::newRow("emoji zwj family") << QStringLiteral("👨‍👩‍👧") << QString();
    QTest::newRow("rtl mark inside") << QStringLiteral("Ana\u200FLuz") << QString();
    QTest::newRow("sql quote") << QStringLiteral("Robert'); DROP TABLE leads;--") << QString();
    QTest::newRow("sql percent") << QStringLiteral("100% _wild_") << QString();
    QTest::newRow("surrounding spaces") << QStringLiteral("  Jane  ") << QString();
    QTest::newRow("exactly 100") << QString(100, QLatin1Char('a')) << QString();
    QTest::newRow("100 astral chars") << QString::fromUcs4(std::u32string(100, U'😀').c_str())
                                      << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the first name");
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("Enter the first name");
    QTest::newRow("tabs and nbsp") << QStringLiteral("\t\u00A0\t") << QStringLiteral("Enter the first name");
    QTest::newRow("newline") << QStringLiteral("Jane\nDoe") << QStringLiteral("control character");
    QTest::newRow("carriage return") << QStringLiteral("Jane\rDoe") << QStringLiteral("control character");
    QTest::newRow("nul") << QString(QStringLiteral("Ja") + QChar(0) + QStringLiteral("ne"))
                         << QStringLiteral("control character");
    QTest::newRow("escape") << QStringLiteral("Jane\x1b[31m") << QStringLiteral("control character");
    QTest::newRow("line separator") << QStringLiteral("Jane\u2028Doe") << QStringLiteral("control character");
    QTest::newRow("101 chars") << QString(101, QLatin1Char('a')) << QStringLiteral("too long: 101 characters, at most 100");
    QTest::newRow("1 MiB") << QString(1024 * 1024, QLatin1Char('x')) << QStringLiteral("too long");
    // Found by fuzz_validators: unpaired low surrogates were not counted, so a name of any
    // length passed as long as all but 100 of its code units were lone U+DC00.
    QTest::newRow("lone low surrogates count")
        << QString(QStringLiteral("Ana") + QString(200, QChar(0xDC00))) << QStringLiteral("too long: 203 characters");
    // Issue 9, item 6: names nobody can see, and names that display as other names.
    QTest::newRow("zero-width space only") << QStringLiteral("\u200B") << QStringLiteral("only of invisible characters");
    QTest::newRow("zero-width spaces and spaces") << QStringLiteral(" \u200B \u200B ") << QStringLiteral("only of invisible characters");
    QTest::newRow("hangul filler only") << QStringLiteral("\u3164") << QStringLiteral("only of invisible characters");
    QTest::newRow("hangul choseong filler only") << QStringLiteral("\u115F\u1160") << QStringLiteral("only of invisible characters");
    QTest::newRow("braille blank only") << QStringLiteral("\u2800\u2800") << QStringLiteral("only of invisible characters");
    QTest::newRow("zero-width joiner only") << QStringLiteral("\u200D") << QStringLiteral("only of invisible characters");
    QTest::newRow("soft hyphen and word joiner") << QStringLiteral("\u00AD\u2060") << QStringLiteral("only of invisible characters");
    QTest::newRow("byte order mark only") << QStringLiteral("\uFEFF") << QStringLiteral("only of invisible characters");
    QTest::newRow("variation selector only") << QStringLiteral("\uFE0F") << QStringLiteral("only of invisible characters");
    QTest::newRow("tag characters only") << QString::fromUcs4(U"\U000E0041\U000E0042") << QStringLiteral("only of invisible characters");
    QTest::newRow("zero-width space inside a name") << QStringLiteral("Ja\u200Bne") << QString();
    QTest::newRow("right-to-left override") << QStringLiteral("Ana\u202Eztiw") << QStringLiteral("text-direction control (U+202E)");
    QTest::newRow("left-to-right embedding") << QStringLiteral("\u202AAna") << QStringLiteral("text-direction control (U+202A)");
    QTest::newRow("pop directional formatting") << QStringLiteral("Ana\u202C") << QStringLiteral("text-direction control (U+202C)");
    QTest::newRow("right-to-left isolate") << QStringLiteral("Ana\u2067Luz\u2069") << QStringLiteral("text-direction control (U+2067)");
    QTest::newRow("first strong isolate") << QStringLiteral("\u2068Ana") << QStringLiteral("text-direction control (U+2068)");
    // A cell a spreadsheet runs as a formula (found by trying =HYPERLINK(…) at the form).
    QTest::newRow("formula =HYPERLINK") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")") << QStringLiteral("cannot start with =");
    QTest::newRow("formula after spaces") << QStringLiteral("  =1+1") << QStringLiteral("cannot start with =");
    QTest::newRow("formula +") << QStringLiteral("+1") << QStringLiteral("cannot start with +");
    QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("cannot start with -");
    QTest::newRow("formula @") << QStringLiteral("@SUM(1)") << QStringLiteral("cannot start with @");
    QTest::newRow("equals inside is a name") << QStringLiteral("Ana=Luz") << QString();
    QTest::newRow("pop directional isolate") << QStringLiteral("Ana\u2069") << QStringLiteral("text-direction control (U+2069)");
}

void TestLeadValidator::names()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString first = LeadValidator::checkFirstName(name);
    if (expected.isEmpty()) {
        QVERIFY2(first.isEmpty(), qPrintable(first));
        QVERIFY(LeadValidator::checkLastName(name).isEmpty());
    } else {
        QVERIFY2(first.contains(expected), qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("first name")));
        QVERIFY(LeadValidator::checkLastName(name).contains(QStringLiteral("last name")));
    }
}

void TestLeadValidator::emails_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("jane@example.com") << QString();
    QTest::newRow("upper case") << QStringLiteral("Jane.Doe@Example.COM") << QString();
    QTest::newRow("plus tag") << QStringLiteral("jane+intake@example.co.uk") << QString();
    QTest::newRow("surrounding spaces") << QStringLiteral("  jane@example.com ") << QString();
    QTest::newRow("idn domain") << QStringLiteral("jose@correo.españa.es") << QString();
    QTest::newRow("subdomains and digits") << QStringLiteral("a1@mail2.x-y.example.org") << QString();
    QTest::newRow("specials in local part") << QStringLiteral("o'brien!#$%&*/=?^_`{|}~@example.com") << QString();
    QTest::newRow("64 char local") << QString(QString(64, QLatin1Char('a')) + QStringLiteral("@example.com")) << QString();
    // Found by fuzz_validators: 207 characters as typed, 330 once the domain is punycode;
    // the mail layer refuses addresses over 254 octets as sent, so the form must too.
    QTest::newRow("idn domain too long once converted")
        << QString(QStringLiteral("user@") + QStringLiteral("bücherbücher.").repeated(15) + QStringLiteral("example"))
        << QStringLiteral("too long once its domain is converted");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the email address");
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("Enter the email address");
    QTest::newRow("no at") << QStringLiteral("jane.example.com") << QStringLiteral("needs an @");
    QTest::newRow("two ats") << QStringLiteral("jane@doe@example.com") << QStringLiteral("more than one @");
    QTest::newRow("nothing before at") << QStringLiteral("@example.com") << QStringLiteral("part before the @");
    QTest::newRow("nothing after at") << QStringLiteral("jane@") << QStringLiteral("domain after the @");
    QTest::newRow("no dot in domain") << QStringLiteral("jane@gmail") << QStringLiteral("incomplete");
    QTest::newRow("inner space") << QStringLiteral("jane doe@example.com") << QStringLiteral("spaces");
    QTest::newRow("comma") << QStringLiteral("jane,doe@example.com") << QStringLiteral("cannot have");
    QTest::newRow("angle brackets") << QStringLiteral("<jane@example.com>") << QStringLiteral("cannot have");
    QTest::newRow("crlf injection") << QStringLiteral("jane@example.com\r\nRCPT TO:<x@evil.com>") << QStringLiteral("control character");
    QTest::newRow("nul") << QString(QStringLiteral("jane@exa") + QChar(0) + QStringLiteral("mple.com")) << QStringLiteral("control character");
    QTest::newRow("domain starts with hyphen") << QStringLiteral("jane@-example.com") << QStringLiteral("not a valid email domain");
    QTest::newRow("empty label") << QStringLiteral("jane@example..com") << QStringLiteral("not a valid email domain");
    QTest::newRow("underscore in domain") << QStringLiteral("jane@ex_ample.com") << QStringLiteral("not a valid email domain");
    QTest::newRow("65 char local") << QString(QString(65, QLatin1Char('a')) + QStringLiteral("@example.com")) << QStringLiteral("at most 64");
    QTest::newRow("255 chars") << QString(QStringLiteral("a@") + QString(249, QLatin1Char('b')) + QStringLiteral(".com")) << QStringLiteral("at most 254");
    QTest::newRow("1 MiB") << QString(1024 * 1024, QLatin1Char('x')) << QStringLiteral("too long");
    QTest::newRow("sql injection") << QStringLiteral("x'; DROP TABLE leads;--@example.com") << QStringLiteral("spaces");
    QTest::newRow("non-ascii local part") << QStringLiteral("josé@example.com") << QStringLiteral("cannot have");
}

void TestLeadValidator::emails()
{
    QFETCH(QString, email);
    QFETCH(QString, expected);
    const QString message = LeadValidator::checkEmail(email);
    if (expected.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestLeadValidator::resumes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");

    const QByteArray pdf = TestSupport::makePdf();
    QTest::newRow("real pdf") << pdf << QStringLiteral("cv.pdf") << QString();
    QTest::newRow("pdf without extension") << pdf << QStringLiteral("resume") << QString();
    QTest::newRow("pdf named .txt") << pdf << QStringLiteral("resume.txt") << QString();
    QTest::newRow("pdf with padding after eof") << QByteArray(pdf + QByteArray(200, '\0')) << QStringLiteral("pad.pdf") << QString();
    // A real PDF padded with white space after %%EOF to exactly the limit.
    QByteArray exact = TestSupport::makePdf(QStringLiteral("big"), 64 * 1024 - 200 - TestSupport::makePdf(QStringLiteral("big")).size());
    exact += QByteArray(64 * 1024 - exact.size(), ' ');
    QTest::newRow("exactly the limit") << exact << QStringLiteral("limit.pdf") << QString();
    QTest::newRow("text renamed to pdf") << QByteArray("Jane Doe\nLawyer\n") << QStringLiteral("cv.pdf") << QStringLiteral("not a PDF");
    QTest::newRow("docx renamed to pdf") << QByteArray("PK\x03\x04" + QByteArray(300, 'x')) << QStringLiteral("cv.pdf") << QStringLiteral("not a PDF");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty.pdf") << QStringLiteral("empty");
    QTest::newRow("truncated pdf") << pdf.left(pdf.size() / 2) << QStringLiteral("half.pdf") << QStringLiteral("incomplete or damaged");
    QTest::newRow("over the limit") << TestSupport::makePdf(QStringLiteral("big"), 64 * 1024 + 1) << QStringLiteral("big.pdf") << QStringLiteral("the limit is");
}

void TestLeadValidator::pdfStructure_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const QByteArray pdf = TestSupport::makePdf();
    const QString notPdf = QStringLiteral("it does not begin with %PDF-");
    const QString noEof = QStringLiteral("it does not end with the %%EOF marker");
    const QString noXref = QStringLiteral("it has no cross-reference (startxref)");

    // What a reader needs and no more: header, three objects, xref table, trailer.
    const QByteArray minimal
        = "%PDF-1.0\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
          "endobj 3 0 obj<</Type/Page/MediaBox[0 0 3 3]>>endobj\nxref\n0 4\n0000000000 65535 f \n"
          "0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\n"
          "startxref\n147\n%%EOF";
    QTest::newRow("good minimal pdf") << minimal << QString();
    QTest::newRow("trailing newline") << QByteArray(minimal + "\n") << QString();
    QTest::newRow("trailing crlf, spaces and nul") << QByteArray(minimal + "\r\n  \0\n") << QString();
    QTest::newRow("pdf 2.0 with xref stream") << QByteArray("%PDF-2.0\n" + QByteArray(200, 'x') + "\nstartxref\r\n10\r\n%%EOF\r\n") << QString();

    QTest::newRow("html with %PDF- and %%EOF in comments")
        << QByteArray("<!DOCTYPE html>\n<!-- %PDF-1.4 -->\n<html><body><script>alert(1)</script></body></html>\n"
                      "<!--\nstartxref\n0\n%%EOF\n-->\n")
        << notPdf;
    QTest::newRow("html that starts with %PDF- and ends in a comment")
        << QByteArray("%PDF-1.4 <html><body><script>alert(1)</script></body></html>\n<!-- %%EOF -->\n")
        << noEof;
    QTest::newRow("html that starts with %PDF- and ends with %%EOF")
        << QByteArray("%PDF-1.4 <html><body><script>alert(1)</script></body></html>\n%%EOF\n")
        << noXref;
    QTest::newRow("header not at byte 0") << QByteArray("\r\n\r\n" + pdf) << notPdf;
    QTest::newRow("header after a bom") << QByteArray("\xEF\xBB\xBF" + pdf) << notPdf;
    QTest::newRow("header without a version") << QByteArray("%PDF-x" + pdf.mid(6)) << notPdf;
    QTest::newRow("no xref") << QByteArray("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                             << noXref;
    QTest::newRow("startxref without an offset") << QByteArray(pdf.left(pdf.lastIndexOf("startxref") + 10) + "%%EOF\n")
                                                 << noXref;
    QTest::newRow("startxref past the end")
        << QByteArray(pdf.left(pdf.lastIndexOf("startxref") + 10) + "99999999\n%%EOF\n")
        << QStringLiteral("its cross-reference points past the end of the file");
    QTest::newRow("no %%EOF") << pdf.left(pdf.lastIndexOf("%%EOF")) << noEof;
    QTest::newRow("text after %%EOF") << QByteArray(pdf + "<script>alert(1)</script>\n") << noEof;
    QTest::newRow("%%EOF beyond the last 1024 bytes") << QByteArray(pdf + QByteArray(2000, '\n')) << noEof;
}

void TestLeadValidator::pdfStructure()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const LeadValidator validator;
    const QString byBytes = validator.checkResumeBytes(bytes);
    const QString path = TestSupport::writeFile(m_dir, QStringLiteral("structure.pdf"), bytes);
    const QString byPath = validator.checkResumePath(path);
    if (expected.isEmpty()) {
        QVERIFY2(byBytes.isEmpty(), qPrintable(byBytes));
        QVERIFY2(byPath.isEmpty(), qPrintable(byPath));
    } else {
        QVERIFY2(byBytes.contains(expected), qPrintable(byBytes));
        QCOMPARE(byPath, byBytes);
    }
}

void TestLeadValidator::resumes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    QVERIFY(m_dir.isValid());
    const QString path = TestSupport::writeFile(m_dir, fileName, bytes);
    const LeadValidator validator(64 * 1024);
    const QString message = validator.checkResumePath(path);
    const QString byBytes = validator.checkResumeBytes(bytes);
    if (expected.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QVERIFY2(byBytes.isEmpty(), qPrintable(byBytes));
    } else {
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(byBytes.contains(expected), qPrintable(byBytes));
    }
}

void TestLeadValidator::resumeVanishes()
{
    const QString path = TestSupport::writeFile(m_dir, QStringLiteral("gone.pdf"), TestSupport::makePdf());
    const LeadValidator validator;
    QVERIFY(validator.checkResumePath(path).isEmpty());
    QVERIFY(QFile::remove(path));
    QVERIFY(validator.checkResumePath(path).contains(QStringLiteral("no longer exists")));
    QVERIFY(validator.checkResumePath(QString()).contains(QStringLiteral("Choose the resume")));
    QVERIFY(validator.checkResumePath(m_dir.path()).contains(QStringLiteral("is not a file")));
}

void TestLeadValidator::resumeUnreadable()
{
    if (::geteuid() == 0)
        QSKIP("root reads files whatever their permissions");
    const QString path = TestSupport::writeFile(m_dir, QStringLiteral("locked.pdf"), TestSupport::makePdf());
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QVERIFY(LeadValidator().checkResumePath(path).contains(QStringLiteral("cannot be read")));
}

void TestLeadValidator::validateCollectsEveryField()
{
    QList<LeadValidator::FieldError> errors;
    const auto result = LeadValidator().validate({ QString(), QStringLiteral("\n"), QStringLiteral("x"), QString() }, &errors);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Invalid);
    QCOMPARE(errors.size(), 4);
    QCOMPARE(errors.at(0).field, LeadValidator::Field::FirstName);
    QCOMPARE(errors.at(1).field, LeadValidator::Field::LastName);
    QCOMPARE(errors.at(2).field, LeadValidator::Field::Email);
    QCOMPARE(errors.at(3).field, LeadValidator::Field::Resume);
}

void TestLeadValidator::validateTrimsAndReadsResume()
{
    const QByteArray pdf = TestSupport::makePdf(QStringLiteral("Zoë"));
    const QString path = TestSupport::writeFile(m_dir, QStringLiteral("zoë cv.pdf"), pdf);
    QList<LeadValidator::FieldError> errors;
    const auto result = LeadValidator().validate(
        { QStringLiteral(" Zoë "), QStringLiteral("李 "), QStringLiteral(" Zoe@Example.com "), path }, &errors);
    QVERIFY(result);
    QVERIFY(errors.isEmpty());
    QCOMPARE(result->firstName, QStringLiteral("Zoë"));
    QCOMPARE(result->lastName, QStringLiteral("李"));
    QCOMPARE(result->email, QStringLiteral("Zoe@Example.com"));
    QCOMPARE(result->resume.content, pdf);
    // Stored and sent under the lead's names; the name it came with is display text.
    QCOMPARE(result->resume.fileName, QStringLiteral("李_Zoë_resume.pdf"));
    QCOMPARE(result->resume.originalName, QStringLiteral("zoë cv.pdf"));
    QCOMPARE(result->resume.sha256Hex, QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
}

void TestLeadValidator::emailKeyIgnoresCase()
{
    QCOMPARE(LeadValidator::emailKey(QStringLiteral(" Jane.DOE@Example.com ")),
             LeadValidator::emailKey(QStringLiteral("jane.doe@example.COM")));
    QVERIFY(LeadValidator::emailKey(QStringLiteral("a@example.com")) != LeadValidator::emailKey(QStringLiteral("b@example.com")));
}

void TestLeadValidator::emailKeyOneMailboxOneKey_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("key");

    // Issue 9, item 6: each of these reached one person as another lead.
    QTest::newRow("plain") << QStringLiteral("u1@example.com") << QStringLiteral("u1@example.com");
    QTest::newRow("zero-width space in domain") << QStringLiteral("u1@exam\u200Bple.com") << QStringLiteral("u1@example.com");
    QTest::newRow("full-width domain") << QStringLiteral("u1@ＥＸＡＭＰＬＥ.com") << QStringLiteral("u1@example.com");
    QTest::newRow("full-width local part") << QStringLiteral("ｕ１@example.com") << QStringLiteral("u1@example.com");
    QTest::newRow("soft hyphen in domain") << QStringLiteral("u1@exam\u00ADple.com") << QStringLiteral("u1@example.com");
    QTest::newRow("soft hyphen in local part") << QStringLiteral("u\u00AD1@example.com") << QStringLiteral("u1@example.com");
    QTest::newRow("zero-width joiner and non-joiner") << QStringLiteral("u1@ex\u200Dam\u200Cple.com") << QStringLiteral("u1@example.com");
    QTest::newRow("word joiner") << QStringLiteral("u1@example\u2060.com") << QStringLiteral("u1@example.com");
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFFu1@example.com") << QStringLiteral("u1@example.com");
    QTest::newRow("variation selector") << QStringLiteral("u1@exa\uFE0Fmple.com") << QStringLiteral("u1@example.com");
    QTest::newRow("mongolian selector") << QStringLiteral("u1@exa\u180Bmple.com") << QStringLiteral("u1@example.com");
    QTest::newRow("hangul filler") << QStringLiteral("u1@exa\u3164mple.com") << QStringLiteral("u1@example.com");
    QTest::newRow("halfwidth hangul filler") << QStringLiteral("u1@exa\uFFA0mple.com") << QStringLiteral("u1@example.com");
    QTest::newRow("upper case") << QStringLiteral("U1@Example.COM") << QStringLiteral("u1@example.com");
    QTest::newRow("surrounding spaces") << QStringLiteral("  u1@example.com ") << QStringLiteral("u1@example.com");
    QTest::newRow("idn domain") << QStringLiteral("user@bücher.example") << QStringLiteral("user@xn--bcher-kva.example");
    QTest::newRow("idn domain, ace spelling") << QStringLiteral("user@xn--bcher-kva.example") << QStringLiteral("user@xn--bcher-kva.example");
    QTest::newRow("idn domain, upper case") << QStringLiteral("USER@BÜCHER.example") << QStringLiteral("user@xn--bcher-kva.example");
    QTest::newRow("idn domain, decomposed ü") << QStringLiteral("user@bu\u0308cher.example") << QStringLiteral("user@xn--bcher-kva.example");
    QTest::newRow("idn domain, ace upper case") << QStringLiteral("user@XN--BCHER-KVA.example") << QStringLiteral("user@xn--bcher-kva.example");
    QTest::newRow("no at") << QStringLiteral("Not An Email") << QStringLiteral("not an email");
}

void TestLeadValidator::emailKeyOneMailboxOneKey()
{
    QFETCH(QString, typed);
    QFETCH(QString, key);
    QCOMPARE(LeadValidator::emailKey(typed), key);
}

QTEST_GUILESS_MAIN(TestLeadValidator)
#include "tst_leadvalidator.moc"
