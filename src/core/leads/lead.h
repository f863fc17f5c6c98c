#pragma once

#include "leadstatus.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What the intake form (or `add-lead`) collects before validation.
struct LeadDraft
{
    QString firstName;
    QString lastName;
    QString email;
    QString resumePath;
    QString language = QStringLiteral("en"); // the prospect's emails: "en" or "es"
    // The responsible attorney chosen at intake (an active attorney's or admin's account
    // id); none: the firm's rule decides (FirmSettings "assignment.mode").
    std::optional<qint64> attorneyId = std::nullopt;
    QString source = {}; // "How did you hear about us?" (LeadValidator::checkSource)
};

// What create() stores besides the validated fields.
struct LeadOrigin
{
    std::optional<qint64> attorneyId; // chosen at intake; none: the firm's rule
    QString source;
};

// A resume as stored: the bytes plus what we know of them.
// fileName is the name it is stored, attached and opened under, "<Last>_<First>_resume.pdf"
// (ResumeName::fileName, from the lead's names whenever it is read). originalName is the
// name it arrived with, display text only (ResumeName::displayText); given to
// LeadRepository::create() it is what gets recorded (fileName stands in when it is empty).
struct ResumeFile
{
    QString fileName;
    QString mimeType = QStringLiteral("application/pdf");
    QByteArray content;
    QByteArray sha256Hex;
    QString originalName = {};
};

// A resume's description without its bytes (what the detail pane shows).
struct ResumeInfo
{
    QString fileName; // as in ResumeFile
    QString mimeType;
    qint64 size = 0;
    QByteArray sha256Hex;
    QString originalName = {}; // as in ResumeFile
};

// One row of the leads table: everything but the resume.
struct Lead
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    LeadStatus status = LeadStatus::Pending;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    int version = 0;
    QString createdBy;
    std::optional<qint64> attorneyId; // the responsible attorney's account
    QString attorneyName; // that account's display name ("" when nobody is responsible)
    QString source; // "How did you hear about us?"
    // When it was first marked REACHED_OUT (UTC; kept if it goes back to PENDING): time to
    // first contact is reachedOutAt - createdAt. Null while never reached out.
    QDateTime reachedOutAt;
    // "Call back on": the firm's calendar day after which a pending lead is overdue
    // (ResponseTarget). Null when none is set.
    QDate followUpOn;
    // When the lead was erased (LeadEraser; UTC). Null while it was not: an erased lead is
    // a tombstone whose status and attorney no longer change.
    QDateTime erasedAt;

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};

// One entry of a lead's append-only history.
struct LeadEvent
{
    // Assigned: a new responsible attorney (detail: the attorney's display name).
    // FollowUp: the call-back date set (detail: YYYY-MM-DD) or cleared (detail empty).
    enum class Kind { Created, StatusChanged, Note, ResumeOpened, ResumeExported, Assigned, Erased, FollowUp };

    qint64 id = 0;
    qint64 leadId = 0;
    Kind kind = Kind::Created;
    std::optional<LeadStatus> fromStatus;
    std::optional<LeadStatus> toStatus;
    QString detail; // an erased lead's rows: empty, detailErased set (Erased: the reason)
    bool detailErased = false;
    QString actor;
    QDateTime at; // UTC

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);
};
