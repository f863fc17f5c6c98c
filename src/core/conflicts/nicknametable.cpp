#include "nicknametable.h"

#include "namematcher.h"

const QList<QPair<QString, QString>>& NicknameTable::builtInPairs()
{
    // A starting list; the firm adds its own (`leadintake nicknames add`, Parties page).
    static const QList<QPair<QString, QString>> pairs {
        { QStringLiteral("William"), QStringLiteral("Bill") },
        { QStringLiteral("William"), QStringLiteral("Will") },
        { QStringLiteral("William"), QStringLiteral("Billy") },
        { QStringLiteral("William"), QStringLiteral("Liam") },
        { QStringLiteral("Robert"), QStringLiteral("Bob") },
        { QStringLiteral("Robert"), QStringLiteral("Rob") },
        { QStringLiteral("Robert"), QStringLiteral("Bobby") },
        { QStringLiteral("Richard"), QStringLiteral("Dick") },
        { QStringLiteral("Richard"), QStringLiteral("Rick") },
        { QStringLiteral("James"), QStringLiteral("Jim") },
        { QStringLiteral("James"), QStringLiteral("Jimmy") },
        { QStringLiteral("John"), QStringLiteral("Jack") },
        { QStringLiteral("John"), QStringLiteral("Johnny") },
        { QStringLiteral("Michael"), QStringLiteral("Mike") },
        { QStringLiteral("Thomas"), QStringLiteral("Tom") },
        { QStringLiteral("Joseph"), QStringLiteral("Joe") },
        { QStringLiteral("Charles"), QStringLiteral("Chuck") },
        { QStringLiteral("Charles"), QStringLiteral("Charlie") },
        { QStringLiteral("Edward"), QStringLiteral("Ted") },
        { QStringLiteral("Edward"), QStringLiteral("Ed") },
        { QStringLiteral("Anthony"), QStringLiteral("Tony") },
        { QStringLiteral("Daniel"), QStringLiteral("Dan") },
        { QStringLiteral("Daniel"), QStringLiteral("Danny") },
        { QStringLiteral("Katherine"), QStringLiteral("Kate") },
        { QStringLiteral("Katherine"), QStringLiteral("Kathy") },
        { QStringLiteral("Catherine"), QStringLiteral("Cathy") },
        { QStringLiteral("Susan"), QStringLiteral("Sue") },
        { QStringLiteral("Rebecca"), QStringLiteral("Becky") },
        { QStringLiteral("Patricia"), QStringLiteral("Patty") },
        { QStringLiteral("Jennifer"), QStringLiteral("Jenny") },
        { QStringLiteral("Margaret"), QStringLiteral("Peggy") },
        { QStringLiteral("Margaret"), QStringLiteral("Maggie") },
        { QStringLiteral("Margaret"), QStringLiteral("Meg") },
        { QStringLiteral("Elizabeth"), QStringLiteral("Liz") },
        { QStringLiteral("Elizabeth"), QStringLiteral("Beth") },
        { QStringLiteral("Elizabeth"), QStringLiteral("Betty") },
        { QStringLiteral("Elizabeth"), QStringLiteral("Eliza") },
        { QStringLiteral("Alexander"), QStringLiteral("Sasha") },
        { QStringLiteral("Alexander"), QStringLiteral("Alex") },
        { QStringLiteral("Aleksandr"), QStringLiteral("Sasha") },
        { QStringLiteral("Alexandra"), QStringLiteral("Sasha") },
        { QStringLiteral("Dmitry"), QStringLiteral("Dima") },
        { QStringLiteral("Vladimir"), QStringLiteral("Volodya") },
        { QStringLiteral("Ekaterina"), QStringLiteral("Katya") },
        { QStringLiteral("José"), QStringLiteral("Pepe") },
        { QStringLiteral("Francisco"), QStringLiteral("Paco") },
        { QStringLiteral("Francisco"), QStringLiteral("Pancho") },
        { QStringLiteral("Ignacio"), QStringLiteral("Nacho") },
        { QStringLiteral("Guillermo"), QStringLiteral("Memo") },
        { QStringLiteral("Enrique"), QStringLiteral("Quique") },
        { QStringLiteral("Manuel"), QStringLiteral("Manolo") },
        { QStringLiteral("Dolores"), QStringLiteral("Lola") },
        { QStringLiteral("Concepción"), QStringLiteral("Concha") },
        { QStringLiteral("Antônio"), QStringLiteral("Toninho") },
        { QStringLiteral("Johannes"), QStringLiteral("Hans") },
        { QStringLiteral("Wolfgang"), QStringLiteral("Wolf") },
    };
    return pairs;
}

NicknameTable NicknameTable::builtIn()
{
    NicknameTable table;
    for (const auto& [name, nickname] : builtInPairs())
        table.add(name, nickname);
    return table;
}

void NicknameTable::add(const QString& name, const QString& nickname)
{
    const QString full = NameMatcher::normalizeWord(name);
    const QString nick = NameMatcher::normalizeWord(nickname);
    if (full.isEmpty() || nick.isEmpty() || full == nick)
        return;
    m_names[nick].insert(full);
    m_names[nick].insert(nick);
    m_names[full].insert(full);
}

QSet<QString> NicknameTable::equivalents(const QString& token) const
{
    QSet<QString> result { token };
    const auto names = m_names.constFind(token);
    if (names == m_names.cend())
        return result;
    result.unite(*names);
    // Bill -> William -> Will: the other nicknames of the same full names.
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (it.value().intersects(*names))
            result.insert(it.key());
    }
    return result;
}

QString NicknameTable::link(const QString& a, const QString& b) const
{
    if (a == b)
        return {};
    const auto namesA = m_names.constFind(a);
    const auto namesB = m_names.constFind(b);
    if (namesA == m_names.cend() || namesB == m_names.cend())
        return {};
    if (namesB->contains(a))
        return a;
    if (namesA->contains(b))
        return b;
    for (const QString& name : *namesA) {
        if (namesB->contains(name))
            return name;
    }
    return {};
}
