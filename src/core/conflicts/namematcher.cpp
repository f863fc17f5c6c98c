#include "namematcher.h"

#include "leadvalidator.h"

#include <QRegularExpression>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

constexpr int kMaxTokens = 8; // beyond this a name is not a person's; the rest is ignored

// ICU transliterators are not thread-safe: one per thread (the intake form's worker has its
// own). nullptr when ICU lacks the rules; then words are only decomposed and unaccented.
icu::Transliterator* transliterator()
{
    thread_local std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return instance.get();
}

QString transliterated(const QString& word)
{
    icu::Transliterator* rules = transliterator();
    if (!rules) {
        QString decomposed = word.normalized(QString::NormalizationForm_KD);
        decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        return decomposed;
    }
    icu::UnicodeString text(reinterpret_cast<const UChar*>(word.utf16()), int32_t(word.size()));
    rules->transliterate(text);
    return QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
}

// Keeps a-z and 0-9 of an already transliterated, lower-cased piece.
QString asciiKey(const QString& piece)
{
    QString key;
    key.reserve(piece.size());
    for (const QChar c : piece) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            key.append(c);
    }
    return key;
}

bool isApostrophe(QChar c)
{
    return c == QChar(0x27) || c == QChar(0x2019) || c == QChar(0x2BC) || c == QChar(0x60) || c == QChar(0xB4);
}

QString lettersOnly(const QString& raw)
{
    QString out;
    for (const QChar c : raw.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

bool hasNonLatinLetters(const QString& raw)
{
    for (const QChar c : raw) {
        if (c.isLetter() && c.script() != QChar::Script_Latin && c.script() != QChar::Script_Common
            && c.script() != QChar::Script_Inherited)
            return true;
    }
    return false;
}

// A unit is a token or two neighbouring tokens of the same field, joined.
struct Unit
{
    int first = 0;
    int count = 1;
    QString key;
};

QList<Unit> unitsOf(const QList<NameMatcher::Token>& tokens)
{
    QList<Unit> units;
    const int n = int(std::min<qsizetype>(tokens.size(), kMaxTokens));
    for (int i = 0; i < n; ++i) {
        units.append({ i, 1, tokens.at(i).key });
        if (i + 1 < n && tokens.at(i).field == tokens.at(i + 1).field)
            units.append({ i, 2, tokens.at(i).key + tokens.at(i + 1).key });
    }
    return units;
}

enum class How { Same, Nickname, Typo };

struct Pair
{
    int q = 0; // index into the query's units
    int c = 0; // index into the candidate's units
    How how = How::Same;
    QString through; // the nickname's full name
};

int mask(const Unit& unit)
{
    return ((1 << unit.count) - 1) << unit.first;
}

} // namespace

QString NameMatcher::normalizeWord(const QString& word)
{
    return asciiKey(transliterated(word).toLower());
}

QList<NameMatcher::Token> NameMatcher::tokenize(const QString& text, Field field)
{
    QList<Token> tokens;
    QString word;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        // A transliterated word may hold spaces (王伟 -> "wang wei"): each piece a token.
        const QStringList pieces = transliterated(word).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& piece : pieces) {
            const QString key = asciiKey(piece);
            if (!key.isEmpty())
                tokens.append({ key, word, field });
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing
            || c.category() == QChar::Mark_SpacingCombining) {
            word.append(c);
        } else if (isApostrophe(c) && !word.isEmpty()) {
            word.append(c); // O'Brien, N’Diaye: one word
        } else {
            flush();
        }
    }
    flush();
    return tokens;
}

NameMatcher::Person NameMatcher::person(const QString& firstName, const QString& lastName, const QString& email)
{
    Person result;
    result.tokens = tokenize(firstName, Field::FirstName) + tokenize(lastName, Field::LastName);
    result.email = email.trimmed();
    result.emailKey = emailKey(email);
    return result;
}

NameMatcher::Person NameMatcher::party(const QString& name, const QString& email)
{
    Person result;
    result.tokens = tokenize(name, Field::Name);
    result.email = email.trimmed();
    result.emailKey = emailKey(email);
    return result;
}

QString NameMatcher::emailKey(const QString& email)
{
    if (email.trimmed().isEmpty())
        return {};
    QString key = LeadValidator::emailKey(email);
    const qsizetype at = key.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return key;
    QString domain = key.mid(at + 1);
    if (domain != QLatin1String("gmail.com") && domain != QLatin1String("googlemail.com"))
        return key;
    // Gmail ignores dots in the local part and delivers name+tag to name.
    QString local = key.left(at);
    if (const qsizetype plus = local.indexOf(QLatin1Char('+')); plus > 0)
        local.truncate(plus);
    local.remove(QLatin1Char('.'));
    return local + QStringLiteral("@gmail.com");
}

bool NameMatcher::withinOneEdit(const QString& a, const QString& b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (std::abs(la - lb) > 1)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a.at(i) == b.at(i))
        ++i;
    if (i == la && i == lb)
        return true;
    if (la == lb) {
        // One substitution, or two neighbours swapped.
        if (a.mid(i + 1) == b.mid(i + 1))
            return true;
        return i + 1 < la && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i) && a.mid(i + 2) == b.mid(i + 2);
    }
    // One insertion or deletion.
    return la > lb ? a.mid(i + 1) == b.mid(i) : a.mid(i) == b.mid(i + 1);
}

bool NameMatcher::typoTolerated(const QString& a, const QString& b)
{
    return std::max(a.size(), b.size()) >= kTypoLength && withinOneEdit(a, b);
}

QString NameMatcher::pairKey(const QString& a, const QString& b)
{
    return a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
}

QStringList NameMatcher::pairKeys(const Person& person, const std::function<QStringList(int)>& expand)
{
    const QList<Unit> units = unitsOf(person.tokens);
    QList<QStringList> words;
    for (const Unit& unit : units)
        words.append(unit.count == 1 && expand ? expand(unit.first) : QStringList { unit.key });
    QStringList keys;
    for (qsizetype a = 0; a < units.size(); ++a) {
        for (qsizetype b = a + 1; b < units.size(); ++b) {
            if (mask(units.at(a)) & mask(units.at(b)))
                continue;
            for (const QString& x : words.at(a)) {
                for (const QString& y : words.at(b))
                    keys.append(pairKey(x, y));
            }
        }
    }
    keys.removeDuplicates();
    return keys;
}

QStringList NameMatcher::indexKeys(const Person& person)
{
    QStringList keys;
    for (const Unit& unit : unitsOf(person.tokens))
        keys.append(unit.key);
    keys += pairKeys(person);
    if (person.tokens.size() == 1)
        keys.append(QStringLiteral("1:") + person.tokens.constFirst().key);
    if (!person.emailKey.isEmpty())
        keys.append(person.emailKey);
    keys.removeDuplicates();
    return keys;
}

QStringList NameMatcher::deletionKeys(const QString& token)
{
    QStringList keys;
    if (token.size() >= kTypoLength - 1)
        keys.append(token);
    if (token.size() >= kTypoLength) {
        for (qsizetype i = 0; i < token.size(); ++i)
            keys.append(QString(token).remove(i, 1));
    }
    keys.removeDuplicates();
    return keys;
}

NameMatcher::NameMatcher(NicknameTable nicknames)
    : m_nicknames(std::move(nicknames))
{
}

NameMatcher::Match NameMatcher::match(const Person& query, const Person& candidate) const
{
    Match result;
    if (!query.emailKey.isEmpty() && query.emailKey == candidate.emailKey) {
        result.matched = true;
        result.reasons.append(query.email.compare(candidate.email, Qt::CaseInsensitive) == 0
                                  ? tr("email '%1' (same address)").arg(candidate.email)
                                  : tr("email '%1' = '%2' (same address)").arg(query.email, candidate.email));
    }

    const QList<Unit> qUnits = unitsOf(query.tokens);
    const QList<Unit> cUnits = unitsOf(candidate.tokens);
    QList<Pair> pairs;
    for (int qi = 0; qi < qUnits.size(); ++qi) {
        for (int ci = 0; ci < cUnits.size(); ++ci) {
            const Unit& q = qUnits.at(qi);
            const Unit& c = cUnits.at(ci);
            if (q.count == 2 && c.count == 2)
                continue; // two pairs of equal tokens already pair up one by one
            if (q.key == c.key) {
                pairs.append({ qi, ci, How::Same, {} });
            } else if (q.count == 1 && c.count == 1) {
                if (const QString through = m_nicknames.link(q.key, c.key); !through.isEmpty())
                    pairs.append({ qi, ci, How::Nickname, through });
                else if (typoTolerated(q.key, c.key))
                    pairs.append({ qi, ci, How::Typo, {} });
            }
        }
    }

    // The largest set of pairs using each token once (names are short: a small search),
    // preferring fewer typos and nicknames among equally large sets.
    QList<int> best;
    int bestTokens = 0;
    int bestCost = 0;
    QList<int> chosen;
    const auto cost = [&](const QList<int>& set) {
        int total = 0;
        for (const int p : set)
            total += pairs.at(p).how == How::Same ? 0 : 1;
        return total;
    };
    const std::function<void(int, int, int, int)> search = [&](int from, int qUsed, int cUsed, int tokens) {
        if (tokens > bestTokens || (tokens == bestTokens && tokens > 0 && cost(chosen) < bestCost)) {
            best = chosen;
            bestTokens = tokens;
            bestCost = cost(chosen);
        }
        for (int p = from; p < pairs.size(); ++p) {
            const int qm = mask(qUnits.at(pairs.at(p).q));
            const int cm = mask(cUnits.at(pairs.at(p).c));
            if ((qm & qUsed) || (cm & cUsed))
                continue;
            chosen.append(p);
            search(p + 1, qUsed | qm, cUsed | cm, tokens + 1);
            chosen.removeLast();
        }
    };
    search(0, 0, 0, 0);

    const int qTokens = int(std::min<qsizetype>(query.tokens.size(), kMaxTokens));
    const int cTokens = int(std::min<qsizetype>(candidate.tokens.size(), kMaxTokens));
    const int need = std::min({ 2, qTokens, cTokens });
    if (need == 0 || bestTokens < need)
        return result;

    result.matched = true;
    const auto rawOf = [](const QList<Token>& tokens, const Unit& unit) {
        QString raw = tokens.at(unit.first).raw;
        if (unit.count == 2 && tokens.at(unit.first + 1).raw != raw)
            raw += QLatin1Char(' ') + tokens.at(unit.first + 1).raw;
        return raw;
    };
    for (const int p : std::as_const(best)) {
        const Pair& pair = pairs.at(p);
        const Unit& q = qUnits.at(pair.q);
        const Unit& c = cUnits.at(pair.c);
        const QString qRaw = rawOf(query.tokens, q);
        const QString cRaw = rawOf(candidate.tokens, c);
        QString field;
        switch (query.tokens.at(q.first).field) {
        case Field::FirstName:
            field = tr("first name");
            break;
        case Field::LastName:
            field = tr("last name");
            break;
        case Field::Name:
            field = tr("name");
            break;
        }
        QString reason;
        if (pair.how == How::Nickname) {
            reason = tr("%1 '%2' = '%3' (nickname)").arg(field, qRaw, cRaw);
        } else if (pair.how == How::Typo) {
            reason = tr("%1 '%2' ≈ '%3' (one typo)").arg(field, qRaw, cRaw);
        } else if (q.count != c.count) {
            reason = tr("%1 '%2' = '%3' (written apart)").arg(field, qRaw, cRaw);
        } else if (qRaw.compare(cRaw, Qt::CaseInsensitive) == 0) {
            reason = tr("%1 '%2' (same)").arg(field, qRaw);
        } else if (hasNonLatinLetters(qRaw) || hasNonLatinLetters(cRaw)) {
            reason = tr("%1 '%2' = '%3' (transliteration)").arg(field, qRaw, cRaw);
        } else if (lettersOnly(qRaw) == lettersOnly(cRaw)) {
            reason = tr("%1 '%2' = '%3' (punctuation)").arg(field, qRaw, cRaw);
        } else {
            reason = tr("%1 '%2' ≈ '%3' (accent)").arg(field, qRaw, cRaw);
        }
        result.reasons.append(reason);
    }
    return result;
}
