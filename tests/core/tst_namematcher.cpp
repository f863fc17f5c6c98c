// The conflict check's name rules (NameMatcher), on a table of names from many cultures and
// scripts: pairs that must match and pairs that must not. No database.
//
// Decisions the table records (the one-typo rule: one letter added, dropped, changed or two
// neighbours swapped, when the longer token has at least 5 letters):
// - "Smith" = "Smyth" and "Maria" = "Mario": one typo in a 5-letter token, so they match;
//   an attorney then decides. "Li" ≠ "Lu", "Kim" ≠ "Kin": too short to tolerate a typo.
// - "Dmitry" ≠ "Dmitrij" would need two edits; ICU writes Дмитрий as "Dmitrij", so the
//   Cyrillic spelling matches "Dmitrij" and "Dmitriy" (one typo), not "Dmitry".
// - A match needs two tokens paired (or every token of a one-token name): a shared
//   surname alone ("Maria Garcia" / "Jose Garcia") is not a match.
#include "namematcher.h"

#include <QTest>

class TestNameMatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void doesNotMatch_data();
    void doesNotMatch();
    void reasonsSayWhy_data();
    void reasonsSayWhy();
    void emailKeys_data();
    void emailKeys();
    void oneEdit_data();
    void oneEdit();
    void tokensOfScripts_data();
    void tokensOfScripts();
    void firmNicknames();
    void indexKeysCoverMatches();
};

namespace {

void addPair(const char* tag, const char* first, const char* last, const char* other)
{
    QTest::newRow(tag) << QString::fromUtf8(first) << QString::fromUtf8(last) << QString::fromUtf8(other);
}

} // namespace

void TestNameMatcher::matches_data()
{
    // The prospect (first, last) and a party's full name.
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("party");
    // Spanish
    addPair("es: accents, order, comma", "Jose", "Nunez Garcia", "Núñez García, José");
    addPair("es: accents only", "José", "Núñez", "Jose Nunez");
    addPair("es: one surname of two", "José", "Núñez García", "José Núñez");
    addPair("es: Pepe is José", "Pepe", "Núñez", "José Nunez");
    addPair("es: Paco is Francisco", "Paco", "Fernández", "Francisco Fernandez");
    addPair("es: Nacho is Ignacio", "Nacho", "Ortega", "Ignacio Ortega");
    addPair("es: upper case", "MARÍA", "LÓPEZ", "maría lópez");
    addPair("es: de la", "María", "de la Cruz", "De La Cruz, María");
    addPair("es: hyphenated surnames", "Ana", "García-Lorca", "Ana García Lorca");
    addPair("es: typo in surname", "Carlos", "Rodrigez", "Carlos Rodríguez");
    addPair("es: ñ as n", "Iñaki", "Ibáñez", "Inaki Ibanez");
    // Portuguese
    addPair("pt: tilde and cedilla", "João", "Gonçalves", "Joao Goncalves");
    addPair("pt: ã", "Sebastião", "Magalhães", "Sebastiao Magalhaes");
    addPair("pt: Toninho is Antônio", "Toninho", "Silva", "Antônio Silva");
    addPair("pt: Nunes is Nunez (typo)", "Paulo", "Nunes", "Paulo Nunez");
    addPair("pt: da Silva", "Maria", "da Silva", "Maria Silva");
    // German
    addPair("de: Müller as Muller", "Jürgen", "Müller", "Jurgen Muller");
    addPair("de: ß as ss", "Hans", "Weiß", "Hans Weiss");
    addPair("de: Hans is Johannes", "Hans", "Schmidt", "Johannes Schmidt");
    addPair("de: Schmitt/Schmidt typo", "Anna", "Schmitt", "Anna Schmidt");
    addPair("de: von", "Ursula", "von der Leyen", "Ursula von der Leyen");
    // Vietnamese
    addPair("vi: diacritics", "Nguyễn", "Văn Minh", "Nguyen Van Minh");
    addPair("vi: order", "Minh", "Nguyễn", "Nguyen Minh");
    addPair("vi: đ", "Đặng", "Thị Hương", "Dang Thi Huong");
    // Chinese pinyin vs Han
    addPair("zh: Han vs pinyin", "Wei", "Wang", "王伟");
    addPair("zh: Han full name, joined given name", "Xiaoming", "Zhang", "张小明");
    addPair("zh: pinyin apart", "Xiao Ming", "Zhang", "Zhang Xiaoming");
    addPair("zh: pinyin with tones", "Lǐ", "Míng", "Li Ming");
    // Cyrillic
    addPair("ru: Cyrillic vs ISO", "Dmitrij", "Ivanov", "Дмитрий Иванов");
    addPair("ru: Cyrillic vs -iy (typo)", "Dmitriy", "Ivanov", "Дмитрий Иванов");
    addPair("ru: Sasha is Alexander", "Sasha", "Petrov", "Alexander Petrov");
    addPair("ru: Cyrillic Sasha", "Саша", "Петров", "Sasha Petrov");
    addPair("ru: Dima is Dmitry", "Dima", "Sokolov", "Dmitry Sokolov");
    addPair("ru: Petrova in Cyrillic", "Olga", "Petrova", "Ольга Петрова");
    // Greek
    addPair("el: Greek vs Latin", "Nikos", "Papadopoulos", "Νίκος Παπαδόπουλος");
    addPair("el: Eleni", "Eleni", "Georgiou", "Ελένη Γεωργίου");
    // Arabic transliteration
    addPair("ar: Mohamed/Mohammed (typo)", "Mohamed", "Haddad", "Mohammed Haddad");
    addPair("ar: Al- prefix hyphen", "Omar", "Al-Sayed", "Omar Al Sayed");
    addPair("ar: Al joined", "Omar", "Al-Sayed", "Omar Alsayed");
    addPair("ar: Abdel Rahman joined", "Abdelrahman", "Hassan", "Abdel Rahman Hassan");
    addPair("ar: Husain/Hussain typo", "Ali", "Hussain", "Ali Husain");
    // Irish, Scottish
    addPair("ga: O'Brien vs OBrien", "Seán", "O'Brien", "Sean OBrien");
    addPair("ga: O'Brien vs O Brien", "Sean", "O'Brien", "Sean O Brien");
    addPair("ga: curly apostrophe", "Siobhán", "O’Sullivan", "Siobhan O'Sullivan");
    addPair("gd: McDonald vs Mc Donald", "Angus", "McDonald", "Angus Mc Donald");
    addPair("gd: MacDonald case", "Angus", "MacDonald", "ANGUS MACDONALD");
    // English nicknames and typos
    addPair("en: Bill is William", "Bill", "Gates", "William Gates");
    addPair("en: Bill is Will", "Bill", "Turner", "Will Turner");
    addPair("en: Bob is Robert", "Bob", "Dylan", "Robert Dylan");
    addPair("en: Peggy is Margaret", "Peggy", "Carter", "Margaret Carter");
    addPair("en: Liz is Elizabeth", "Liz", "Taylor", "Elizabeth Taylor");
    addPair("en: Beth is Elizabeth", "Beth", "Harmon", "Elizabeth Harmon");
    addPair("en: Smith/Smyth one typo", "John", "Smyth", "John Smith");
    addPair("en: swapped letters", "Jonathan", "Jonhson", "Jonathan Johnson");
    addPair("en: dropped letter", "Katherine", "Wiliams", "Katherine Williams");
    addPair("en: middle name", "Mary", "Jane Watson", "Mary Watson");
    addPair("en: order swapped", "Watson", "Mary", "Mary Watson");
    addPair("en: hyphenated first", "Mary-Jane", "Watson", "Mary Jane Watson");
    addPair("en: hyphen joined", "Maryjane", "Watson", "Mary-Jane Watson");
    addPair("en: punctuation", "J.R.R.", "Tolkien", "J R R Tolkien");
    // Others
    addPair("pl: Łukasz", "Łukasz", "Wiśniewski", "Lukasz Wisniewski");
    addPair("tr: dotless i", "Ayşe", "Yılmaz", "Ayse Yilmaz");
    addPair("cs: háček", "Antonín", "Dvořák", "Antonin Dvorak");
    addPair("da: ø", "Søren", "Kierkegaard", "Soren Kierkegaard");
    addPair("fr: ligature", "Cécile", "Lefèvre", "Cecile Lefevre");
    addPair("is: þ", "Þór", "Guðmundsson", "Thor Gudmundsson");
    addPair("single-name party", "Madonna", "Ciccone", "Madonna");
    addPair("ja: Saito/Sato one typo", "Haruto", "Saitō", "Haruto Satō");
    addPair("zh: Zhang/Chang one typo", "Ming", "Zhang", "Ming Chang");
    addPair("full-width letters", "Ｊｏｈｎ", "Ｌｅｅ", "John Lee");
}

void TestNameMatcher::matches()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, party);
    const NameMatcher matcher;
    const NameMatcher::Match match = matcher.match(NameMatcher::person(first, last, {}), NameMatcher::party(party, {}));
    QVERIFY2(match.matched, qPrintable(QStringLiteral("%1 %2 / %3").arg(first, last, party)));
    QVERIFY(!match.reasons.isEmpty());
}

void TestNameMatcher::doesNotMatch_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("party");
    addPair("es: same surname only", "María", "García", "José García");
    addPair("es: same first name only", "José", "García", "José Fernández");
    addPair("es: two typos", "José", "Rodrigas", "José Rodríguez");
    addPair("es: Garcia vs Garza", "Ana", "Garza", "Ana Garcia");
    addPair("es: Pepe is not Paco", "Pepe", "Núñez", "Paco Núñez");
    addPair("es: Lopez vs Lozano", "Luis", "Lopez", "Luis Lozano");
    addPair("pt: Souza vs Sousa-Lima only surname", "Pedro", "Souza", "João Sousa");
    addPair("pt: different people", "João", "Silva", "Maria Costa");
    addPair("pt: Santos vs Santana", "Rui", "Santos", "Rui Santana");
    addPair("de: Müller vs Möller then Anna/Hanna", "Anna", "Müller", "Johanna Möller");
    addPair("de: Schmidt vs Schneider", "Hans", "Schmidt", "Hans Schneider");
    addPair("de: Weiß vs Weber", "Karl", "Weiß", "Karl Weber");
    addPair("vi: Nguyen vs Tran", "Minh", "Nguyễn", "Minh Trần");
    addPair("vi: Huong vs Hang (two edits)", "Thi", "Hương", "Thi Hằng Le");
    addPair("vi: Le vs Ly", "Van", "Lê", "Van Lý");
    addPair("zh: Li vs Lu (short)", "Wei", "Li", "Wei Lu");
    addPair("zh: Wang vs Huang", "Wei", "Wang", "黄伟");
    addPair("zh: Zhang vs Zhao", "Ming", "Zhang", "Ming Zhao");
    addPair("zh: different given name", "Xiaoming", "Zhang", "张伟");
    addPair("ko: Kim vs Kin (short)", "Min", "Kim", "Min Kin");
    addPair("ru: Dmitry vs Dmitrij (two edits)", "Dmitry", "Ivanov", "Дмитрий Иванов");
    addPair("ru: Ivanov vs Ivanova + other name", "Olga", "Ivanova", "Oleg Ivanov");
    addPair("ru: Petrov vs Sidorov", "Sasha", "Petrov", "Alexander Sidorov");
    addPair("ru: Sasha not Dmitry", "Sasha", "Sokolov", "Dmitry Sokolov");
    addPair("el: Nikos vs Nikolaos", "Nikos", "Papadopoulos", "Nikolaos Papas");
    addPair("el: Georgiou vs Giorgos", "Eleni", "Georgiou", "Ελένη Παππά");
    addPair("ar: Muhammad vs Mohammed (two edits)", "Muhammad", "Haddad", "Mohammed Hadid");
    addPair("ar: Hassan vs Hussein", "Ali", "Hassan", "Ali Hussein");
    addPair("ar: Omar vs Amr (short)", "Omar", "Khalil", "Amr Khalil");
    addPair("ga: O'Brien vs O'Brian + other first", "Sean", "O'Brien", "Shane O'Bryan");
    addPair("ga: Murphy vs Murray", "Ciara", "Murphy", "Ciara Murray");
    addPair("gd: McDonald vs McDougall", "Angus", "McDonald", "Angus McDougall");
    addPair("gd: MacLeod vs McLeish", "Fiona", "MacLeod", "Fiona McLeish");
    addPair("en: Bill is not Bob", "Bill", "Gates", "Bob Gates");
    addPair("en: Beth is not Peggy", "Beth", "Carter", "Peggy Carter");
    addPair("en: Smith vs Smithson", "John", "Smith", "John Smithson");
    addPair("en: Johnson vs Jameson", "Mark", "Johnson", "Mark Jameson");
    addPair("en: Brown vs Braun + other first", "Tom", "Brown", "Tim Braun");
    addPair("en: Tom vs Tim (short)", "Tom", "Taylor", "Tim Taylor");
    addPair("en: Dan vs Don (short)", "Dan", "Rivers", "Don Rivers");
    addPair("en: Jon vs Jan (short)", "Jon", "Snow", "Jan Snow");
    addPair("en: Williams vs Wilkins", "Sarah", "Williams", "Sarah Wilkins");
    addPair("en: Katherine vs Kathleen", "Katherine", "Hill", "Kathleen Hill");
    addPair("en: different people", "Emma", "Thompson", "Olivia Brown");
    addPair("en: first name only equal", "Emma", "Stone", "Emma Watson");
    addPair("en: surname as first name", "Taylor", "Swift", "Taylor Lautner");
    addPair("en: middle name is not enough", "Mary", "Jane Watson", "Jane Doe");
    addPair("en: company", "Acme", "Corp", "Globex Corporation");
    addPair("pl: Nowak vs Novak + other", "Jan", "Nowak", "Jan Kowalski");
    addPair("tr: Yılmaz vs Yildiz", "Ayşe", "Yılmaz", "Ayşe Yıldız");
    addPair("cs: Dvořák vs Novák", "Antonín", "Dvořák", "Antonín Novák");
    addPair("fr: Dubois vs Dupont", "Marie", "Dubois", "Marie Dupont");
    addPair("it: Rossi vs Russo", "Marco", "Rossi", "Marco Russo");
    addPair("it: Bianchi vs Bianco + other", "Giulia", "Bianchi", "Chiara Bianco");
    addPair("ja: Tanaka vs Nakata", "Yuki", "Tanaka", "Yuki Nakata");
    addPair("ja: Sato vs Kato (short)", "Haruto", "Satō", "Haruto Katō");
    addPair("yo: Adeyemi vs Adebayo", "Chidi", "Adeyemi", "Chidi Adebayo");
    addPair("he: Cohen vs Levi", "David", "Cohen", "David Levi");
    addPair("hi: Sharma vs Verma", "Priya", "Sharma", "Priya Verma");
    addPair("hi: Patel vs Pawar", "Arjun", "Patel", "Arjun Pawar");
    addPair("numbers only differ", "Unit", "7", "Unit 8");
    addPair("empty party name", "Anna", "Berg", "—");
}

void TestNameMatcher::doesNotMatch()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, party);
    const NameMatcher matcher;
    const NameMatcher::Match match = matcher.match(NameMatcher::person(first, last, {}), NameMatcher::party(party, {}));
    QVERIFY2(!match.matched, qPrintable(match.reasons.join(QStringLiteral("; "))));
}

void TestNameMatcher::reasonsSayWhy_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("party");
    QTest::addColumn<QString>("partyEmail");
    QTest::addColumn<QStringList>("reasons");
    QTest::newRow("accent and nickname")
        << QStringLiteral("Pepe") << QStringLiteral("Nunez") << QString() << QStringLiteral("José Núñez") << QString()
        << QStringList { QStringLiteral("first name 'Pepe' = 'José' (nickname)"),
                         QStringLiteral("last name 'Nunez' ≈ 'Núñez' (accent)") };
    QTest::newRow("typo and same")
        << QStringLiteral("John") << QStringLiteral("Smyth") << QString() << QStringLiteral("John Smith") << QString()
        << QStringList { QStringLiteral("first name 'John' (same)"), QStringLiteral("last name 'Smyth' ≈ 'Smith' (one typo)") };
    QTest::newRow("transliteration")
        << QStringLiteral("Nikos") << QStringLiteral("Papadopoulos") << QString() << QStringLiteral("Νίκος Παπαδόπουλος")
        << QString()
        << QStringList { QStringLiteral("first name 'Nikos' = 'Νίκος' (transliteration)"),
                         QStringLiteral("last name 'Papadopoulos' = 'Παπαδόπουλος' (transliteration)") };
    QTest::newRow("punctuation and written apart")
        << QStringLiteral("Sean") << QStringLiteral("O'Brien") << QString() << QStringLiteral("Sean O Brien") << QString()
        << QStringList { QStringLiteral("first name 'Sean' (same)"),
                         QStringLiteral("last name 'O'Brien' = 'O Brien' (written apart)") };
    QTest::newRow("gmail dots")
        << QStringLiteral("Ann") << QStringLiteral("Lee") << QStringLiteral("Ann.Lee@Gmail.com")
        << QStringLiteral("Someone Else") << QStringLiteral("annlee+work@gmail.com")
        << QStringList { QStringLiteral("email 'Ann.Lee@Gmail.com' = 'annlee+work@gmail.com' (same address)") };
}

void TestNameMatcher::reasonsSayWhy()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, email);
    QFETCH(QString, party);
    QFETCH(QString, partyEmail);
    QFETCH(QStringList, reasons);
    const NameMatcher matcher;
    const NameMatcher::Match match
        = matcher.match(NameMatcher::person(first, last, email), NameMatcher::party(party, partyEmail));
    QVERIFY(match.matched);
    QCOMPARE(match.reasons, reasons);
}

void TestNameMatcher::emailKeys_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("case") << QStringLiteral("Ana@Example.ORG") << QStringLiteral("ana@example.org") << true;
    QTest::newRow("gmail dots") << QStringLiteral("j.o.e@gmail.com") << QStringLiteral("joe@gmail.com") << true;
    QTest::newRow("googlemail") << QStringLiteral("joe@googlemail.com") << QStringLiteral("joe@gmail.com") << true;
    QTest::newRow("gmail tag") << QStringLiteral("joe+law@gmail.com") << QStringLiteral("joe@gmail.com") << true;
    QTest::newRow("dots elsewhere matter") << QStringLiteral("j.oe@example.com") << QStringLiteral("joe@example.com")
                                           << false;
    QTest::newRow("different") << QStringLiteral("joe@gmail.com") << QStringLiteral("jon@gmail.com") << false;
}

void TestNameMatcher::emailKeys()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(NameMatcher::emailKey(a) == NameMatcher::emailKey(b), same);
}

void TestNameMatcher::oneEdit_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("within");
    QTest::newRow("equal") << QStringLiteral("nunez") << QStringLiteral("nunez") << true;
    QTest::newRow("substitution") << QStringLiteral("smith") << QStringLiteral("smyth") << true;
    QTest::newRow("insertion") << QStringLiteral("mohamed") << QStringLiteral("mohammed") << true;
    QTest::newRow("deletion at end") << QStringLiteral("ivanova") << QStringLiteral("ivanov") << true;
    QTest::newRow("transposition") << QStringLiteral("johnson") << QStringLiteral("jonhson") << true;
    QTest::newRow("two substitutions") << QStringLiteral("muhammad") << QStringLiteral("mohammed") << false;
    QTest::newRow("two apart") << QStringLiteral("smith") << QStringLiteral("smithso") << false;
    QTest::newRow("transposition not adjacent") << QStringLiteral("abcde") << QStringLiteral("ebcda") << false;
}

void TestNameMatcher::oneEdit()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, within);
    QCOMPARE(NameMatcher::withinOneEdit(a, b), within);
    QCOMPARE(NameMatcher::withinOneEdit(b, a), within);
}

void TestNameMatcher::tokensOfScripts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("spanish") << QStringLiteral("Núñez García, José") << QStringList { QStringLiteral("nunez"), QStringLiteral("garcia"), QStringLiteral("jose") };
    QTest::newRow("irish") << QStringLiteral("O'Brien") << QStringList { QStringLiteral("obrien") };
    QTest::newRow("han") << QStringLiteral("王伟") << QStringList { QStringLiteral("wang"), QStringLiteral("wei") };
    QTest::newRow("cyrillic") << QStringLiteral("Иванов") << QStringList { QStringLiteral("ivanov") };
    QTest::newRow("greek") << QStringLiteral("Παπαδόπουλος") << QStringList { QStringLiteral("papadopoulos") };
    QTest::newRow("german") << QStringLiteral("Weiß-Müller") << QStringList { QStringLiteral("weiss"), QStringLiteral("muller") };
}

void TestNameMatcher::tokensOfScripts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QStringList got;
    for (const NameMatcher::Token& token : NameMatcher::tokenize(text, NameMatcher::Field::Name))
        got.append(token.key);
    QCOMPARE(got, keys);
}

void TestNameMatcher::firmNicknames()
{
    const NameMatcher::Person prospect = NameMatcher::person(QStringLiteral("Chema"), QStringLiteral("Ruiz"), {});
    const NameMatcher::Person party = NameMatcher::party(QStringLiteral("José María Ruiz"), {});
    QVERIFY(!NameMatcher().match(prospect, party).matched);
    NicknameTable table = NicknameTable::builtIn();
    table.add(QStringLiteral("José"), QStringLiteral("Chema"));
    QVERIFY(NameMatcher(table).match(prospect, party).matched);
}

void TestNameMatcher::indexKeysCoverMatches()
{
    // What the index stores for a party includes the token a prospect's key equals.
    const QStringList keys = NameMatcher::indexKeys(NameMatcher::party(QStringLiteral("Angus Mc Donald"),
                                                                       QStringLiteral("A.Mc@gmail.com")));
    QVERIFY(keys.contains(QStringLiteral("mcdonald")));
    QVERIFY(keys.contains(QStringLiteral("amc@gmail.com")));
    QVERIFY(NameMatcher::deletionKeys(QStringLiteral("smith")).contains(QStringLiteral("smth")));
    QVERIFY(NameMatcher::deletionKeys(QStringLiteral("li")).isEmpty());
}

QTEST_GUILESS_MAIN(TestNameMatcher)
#include "tst_namematcher.moc"
