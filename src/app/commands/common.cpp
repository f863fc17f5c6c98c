#include "common.h"

#include "accountrepository.h"
#include "attorneyassignment.h"

#include "commandline.h"
#include "console.h"
#include "firmsettings.h"
#include "leadstatus.h"
#include "officedatabase.h"
#include "registry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace CommandLine {

QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QString Command::summaryText() const
{
    return QCoreApplication::translate("CommandLine", summary);
}

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case Error::Code::Invalid:
        return CommandLine::Usage;
    case Error::Code::NotFound:
        return CommandLine::NotFound;
    case Error::Code::Conflict:
        return CommandLine::Conflict;
    case Error::Code::Database:
    case Error::Code::Io:
        break;
    }
    return CommandLine::Failure;
}

int fail(Context& context, const Error& error)
{
    context.console.error(error.message);
    return exitCodeFor(error);
}

int usage(Context& context, const QString& message)
{
    return context.console.usage(message, context.command);
}

std::optional<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QString badIdMessage(const QString& text)
{
    return tr("\"%1\" is not a lead id; an id is a whole number such as 12.").arg(text);
}

QString badEmailIdMessage(const QString& text)
{
    return tr("\"%1\" is not an email id; an id is a whole number such as 7 (see outbox list).").arg(text);
}

QString unexpectedArgument(const QString& argument)
{
    // A server URL given in the wrong place may carry a password: show it without.
    QString shown = argument;
    if (DatabaseTarget::looksLikeServer(argument)) {
        const Result<DatabaseTarget> target = DatabaseTarget::parse(argument);
        shown = target ? target->displayText() : QStringLiteral("postgresql://…");
    }
    return tr("Unexpected argument \"%1\".").arg(shown);
}

bool tooManyArguments(Context& context, qsizetype count, int* code)
{
    if (context.arguments.size() <= count)
        return false;
    *code = usage(context, unexpectedArgument(context.arguments.at(count)));
    return true;
}

std::optional<UserAccount> attorneyNamed(Context& context, const QSqlDatabase& db, const QString& username,
                                         bool mustBeResponsible, int* code)
{
    const Result<UserAccount> account = AccountRepository(db).userByName(username);
    if (!account) {
        *code = fail(context, account.error());
        return std::nullopt;
    }
    if (mustBeResponsible) {
        if (const QString why = AttorneyAssignment::whyNotResponsible(*account); !why.isEmpty()) {
            *code = usage(context, why);
            return std::nullopt;
        }
    }
    return *account;
}

QString validStatuses()
{
    QStringList keys;
    for (const LeadStatus status : LeadStatusText::all())
        keys.append(LeadStatusText::key(status));
    return keys.join(QStringLiteral(", "));
}

QString badStatusMessage(const QString& text)
{
    return tr("Unknown status \"%1\". Valid statuses: %2.").arg(text, validStatuses());
}

QString databaseText(const Context& context)
{
    return OfficeDatabase::deskDatabase(context.parser.isSet(QStringLiteral("database"))
            ? context.parser.value(QStringLiteral("database"))
            : QString());
}

std::optional<Database> openAsTheUrlsLogin(Context& context, const DatabaseTarget& named, int* code)
{
    if (!named.isServer())
        return openDatabase(context, Open::MustExist, code);
    Result<Database> opened = OfficeDatabase::open(named);
    if (!opened) {
        context.console.error(opened.error().message);
        *code = Failure;
        return std::nullopt;
    }
    return std::move(opened).value();
}

std::optional<Database> openDatabase(Context& context, Open mode, int* code)
{
    if (context.signedInTarget) {
        Result<Database> opened = OfficeDatabase::open(*context.signedInTarget);
        if (!opened) {
            context.console.error(opened.error().message);
            *code = CommandLine::Failure;
            return std::nullopt;
        }
        return std::move(opened).value();
    }
    const bool named = context.parser.isSet(QStringLiteral("database"));
    const Result<DatabaseTarget> target = DatabaseTarget::parse(databaseText(context));
    if (!target) {
        *code = usage(context, target.error().message);
        return std::nullopt;
    }
    // A server is never created by a desk's command: OfficeDatabase::open says to run
    // server-init when its schema is missing.
    const bool mustExist = mode == Open::MustExist || (mode == Open::MustExistIfNamed && named);
    if (!target->isServer() && mustExist && !QFileInfo::exists(target->path())) {
        context.console.error(tr("There is no database at %1. Check the path given to "
                                 "--database (add-lead creates a new database).")
                                  .arg(target->displayText()));
        *code = CommandLine::Failure;
        return std::nullopt;
    }
    Result<Database> opened = OfficeDatabase::open(*target);
    if (!opened) {
        context.console.error(opened.error().message);
        *code = CommandLine::Failure;
        return std::nullopt;
    }
    return std::move(opened).value();
}

QString configKeysHelp()
{
    QString text = tr("Keys:") + QLatin1Char('\n');
    for (const FirmSettings::Key key : FirmSettings::allKeys())
        text += QStringLiteral("  ") + FirmSettings::keyName(key).leftJustified(27)
            + FirmSettings::description(key) + QLatin1Char('\n');
    text += QStringLiteral("  ") + QStringLiteral("template.KIND.LANG.PART").leftJustified(27)
        + tr("A template override; KIND prospect_confirmation or attorney_notification, LANG en "
             "or es, PART subject, text or html.")
        + QLatin1Char('\n');
    text += tr("The SMTP password is never stored: give it in $LEADINTAKE_SMTP_PASSWORD or "
               "with --smtp-password-file.")
        + QLatin1Char('\n');
    return text;
}

} // namespace CommandLine
