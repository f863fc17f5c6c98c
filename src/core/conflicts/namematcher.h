#pragma once

#include "nicknametable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Whether two people's names (and emails) may be the same person, and why: the conflict
// check's rules in one place, with no database (ConflictIndex finds the candidates, this
// decides).
//
// A word is normalised with ICU's "Any-Latin; Latin-ASCII" (Núñez -> nunez, Мария -> mariya,
// 王伟 -> wang wei), lower-cased, and stripped of everything but a-z and 0-9 (O'Brien ->
// obrien); hyphens and spaces separate tokens. Two tokens are the same when equal, nicknames
// of each other (the firm's NicknameTable), or — when the longer has at least kTypoLength
// characters — one typo apart (Damerau-Levenshtein: one letter added, dropped, changed, or
// two neighbours swapped; so Smith = Smyth, Nunez = Nunes). Two neighbouring tokens also
// equal their concatenation (Mc Donald = McDonald, Xiao Ming = Xiaoming).
// Two names match when at least min(2, tokens of either) tokens pair up one to one, in any
// order; emails match when equal after EmailKey (case; dots and +tags in Gmail addresses).
class NameMatcher
{
    Q_DECLARE_TR_FUNCTIONS(NameMatcher)

public:
    static constexpr int kTypoLength = 5;

    enum class Field { FirstName, LastName, Name };
    struct Token
    {
        QString key; // normalised
        QString raw; // the word as written
        Field field = Field::Name;
    };
    struct Person
    {
        QList<Token> tokens;
        QString email; // as written
        QString emailKey;
    };
    struct Match
    {
        bool matched = false;
        QStringList reasons; // "last name 'Nunez' ≈ 'Núñez' (accent)"
    };

    // One word (or a nickname) to its key; "" when nothing is left.
    static QString normalizeWord(const QString& word);
    // Words split on spaces, hyphens and other punctuation (apostrophes join: O'Brien is one
    // word), each normalised; a word of a script without spaces may give several tokens.
    static QList<Token> tokenize(const QString& text, Field field);
    static Person person(const QString& firstName, const QString& lastName, const QString& email);
    static Person party(const QString& name, const QString& email);
    // LeadValidator::emailKey, and for Gmail the local part without dots or a +tag.
    static QString emailKey(const QString& email);

    // Optimal string alignment distance, stopping early past 1 (all the matcher needs).
    static bool withinOneEdit(const QString& a, const QString& b);
    static bool typoTolerated(const QString& a, const QString& b);

    // What the index stores for a person: each token, each neighbouring pair joined, and the
    // email key (it has an '@', so never equals a token).
    // Also every pair of its units that do not overlap ("garcia|jose": a match of two
    // names is found by one pair key, not by intersecting two long lists), and "1:" + the
    // token of a one-token name (which one name matches).
    static QStringList indexKeys(const Person& person);
    // The pair keys of a person whose single tokens stand for several words each
    // (expand(token index): nicknames, one-typo words; none: the token itself).
    static QStringList pairKeys(const Person& person, const std::function<QStringList(int)>& expand = {});
    static QString pairKey(const QString& a, const QString& b);
    // A token's deletion neighbourhood for typo candidates: the token itself (from 4
    // characters) and each one-letter deletion (from kTypoLength characters).
    static QStringList deletionKeys(const QString& token);

    explicit NameMatcher(NicknameTable nicknames = NicknameTable::builtIn());
    const NicknameTable& nicknames() const { return m_nicknames; }

    // query: the prospect; candidate: a party or another lead.
    Match match(const Person& query, const Person& candidate) const;

private:
    NicknameTable m_nicknames;
};
