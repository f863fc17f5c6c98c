#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

// The firm's nickname pairs (William/Bill, José/Pepe, ...), held normalised (NameMatcher::
// normalizeWord). Two first names are the same person's when one is a nickname of the other
// or both are nicknames of one name (Bill and Will, through William).
class NicknameTable
{
public:
    NicknameTable() = default;
    // The pairs every new database starts with (the migration seeds them; tests use them
    // without a database).
    static NicknameTable builtIn();
    static const QList<QPair<QString, QString>>& builtInPairs();

    // name and nickname as written; stored normalised. Empty after normalising: ignored.
    void add(const QString& name, const QString& nickname);
    // The normalised names token may stand for, itself included.
    QSet<QString> equivalents(const QString& token) const;
    // The normalised name through which a and b are the same (a itself when b is its
    // nickname), or an empty string when they are not nicknames of each other.
    QString link(const QString& a, const QString& b) const;
    bool isEmpty() const { return m_names.isEmpty(); }

private:
    // token -> the full names it is a nickname of, and the token itself.
    QHash<QString, QSet<QString>> m_names;
};
