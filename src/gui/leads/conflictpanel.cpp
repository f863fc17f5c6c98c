#include "conflictpanel.h"

#include "palettecolors.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConflictPanel::ConflictPanel(QSqlDatabase db, const QString& actor, QWidget* parent)
    : QGroupBox(tr("Conflict check"), parent)
    , m_conflicts(std::move(db))
    , m_actor(actor)
{
    setObjectName(QStringLiteral("conflictPanel"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_matches = new QLabel(this);
    m_matches->setObjectName(QStringLiteral("conflictMatches"));
    m_matches->setAccessibleName(tr("Possible matches"));
    m_matches->setWordWrap(true);
    m_matches->setTextFormat(Qt::PlainText);
    m_matches->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A wrapped label asks for a wide minimum of its own; the pane is narrow: wrap to it.
    m_summary->setMinimumWidth(1);
    m_matches->setMinimumWidth(1);
    layout->addWidget(m_matches);

    // Two rows (the pane is narrow): the outcome and its button, then the reason.
    m_reviewRow = new QWidget(this);
    auto* grid = new QGridLayout(m_reviewRow);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* outcomeLabel = new QLabel(tr("Out&come:"), m_reviewRow);
    m_outcome = new QComboBox(m_reviewRow);
    m_outcome->setObjectName(QStringLiteral("conflictOutcome"));
    m_outcome->setAccessibleName(tr("Conflict outcome"));
    for (const auto verdict : { ConflictRepository::Verdict::Clear, ConflictRepository::Verdict::Conflict,
                                ConflictRepository::Verdict::Waived })
        m_outcome->addItem(ConflictRepository::verdictText(verdict), ConflictRepository::verdictKey(verdict));
    outcomeLabel->setBuddy(m_outcome);
    auto* reasonLabel = new QLabel(tr("&Why:"), m_reviewRow);
    m_reason = new QLineEdit(m_reviewRow);
    m_reason->setObjectName(QStringLiteral("conflictReason"));
    m_reason->setAccessibleName(tr("Reason for the outcome (required)"));
    m_reason->setPlaceholderText(tr("Reason (required)"));
    m_reason->setMaxLength(1000);
    reasonLabel->setBuddy(m_reason);
    m_record = new QPushButton(tr("Recor&d outcome"), m_reviewRow);
    m_record->setObjectName(QStringLiteral("recordConflictOutcomeButton"));
    m_record->setEnabled(false);
    grid->addWidget(outcomeLabel, 0, 0);
    grid->addWidget(m_outcome, 0, 1, Qt::AlignLeft);
    grid->addWidget(reasonLabel, 1, 0);
    grid->addWidget(m_reason, 1, 1);
    grid->addWidget(m_record, 2, 1, Qt::AlignRight);
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_reviewRow);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    PaletteColors::follow(this, [this] {
        m_error->setStyleSheet(PaletteColors::textStyleSheet(PaletteColors::Tone::Error, palette()));
    });

    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_record->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_reason, &QLineEdit::returnPressed, this, &ConflictPanel::record);
    connect(m_record, &QPushButton::clicked, this, &ConflictPanel::record);
    setTabOrder(m_outcome, m_reason);
    setTabOrder(m_reason, m_record);
    clear();
}

void ConflictPanel::setActor(const QString& actor, std::optional<qint64> actorId)
{
    m_actor = actor;
    m_actorId = actorId;
}

void ConflictPanel::clear()
{
    m_leadId = 0;
    m_hasMatches = false;
    m_lines.clear();
    m_summary->clear();
    m_matches->clear();
    m_matches->hide();
    m_reviewRow->hide();
    m_error->hide();
}

void ConflictPanel::showLead(qint64 id, const QString& firstName, const QString& lastName, const QString& email)
{
    if (id != m_leadId)
        m_reason->clear();
    clear();
    m_leadId = id;
    const Result<ConflictRepository::Outcome> outcome = m_conflicts.check(firstName, lastName, email, id);
    if (!outcome) {
        m_summary->setText(tr("The conflict check failed: %1").arg(outcome.error().message));
        return;
    }
    for (const ConflictRepository::Match& match : outcome->matches)
        m_lines.append(QStringLiteral("• ") + match.describe());
    if (outcome->more)
        m_lines.append(tr("• … and more"));
    m_hasMatches = !outcome->matches.isEmpty();
    m_matches->setText(m_lines.join(QLatin1Char('\n')));
    m_matches->setVisible(m_hasMatches);
    showReview();
}

void ConflictPanel::showReview()
{
    const Result<std::optional<ConflictRepository::Review>> review = m_conflicts.review(m_leadId);
    QString summary;
    if (review && review->has_value()) {
        const ConflictRepository::Review& done = **review;
        summary = tr("Reviewed: %1 — %2 (%3, %4)")
                      .arg(ConflictRepository::verdictText(done.verdict), done.reason, done.actor,
                           QLocale().toString(done.at.toLocalTime(), QLocale::ShortFormat));
    } else if (m_hasMatches) {
        summary = tr("Possible conflict, not reviewed: %n match(es).", nullptr, int(m_lines.size()));
    } else {
        summary = tr("No possible conflict with the firm's parties or other leads.");
    }
    m_summary->setText(summary);
    m_reviewRow->setVisible(m_hasMatches || (review && review->has_value()));
}

void ConflictPanel::record()
{
    if (m_leadId <= 0 || m_reason->text().trimmed().isEmpty())
        return;
    const auto verdict = ConflictRepository::verdictFromKey(m_outcome->currentData().toString());
    if (!verdict)
        return;
    const VoidResult recorded = m_conflicts.recordReview(m_leadId, *verdict, m_reason->text(), m_actor, m_actorId);
    if (!recorded) {
        m_error->setText(recorded.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_reason->clear();
    showReview();
    Q_EMIT reviewed(m_leadId);
}
