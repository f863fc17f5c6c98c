#include "resumepreview.h"

#include "previewpageview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 4.0;
constexpr double kLetterWidthPoints = 612; // until the first page says otherwise

QToolButton* toolButton(const QString& objectName, const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ResumePreview::ResumePreview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resumePreview"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(2);
    m_previousButton = toolButton(QStringLiteral("previousPageButton"), tr("◀"), tr("Previous page"), this);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_nextButton = toolButton(QStringLiteral("nextPageButton"), tr("▶"), tr("Next page"), this);
    m_zoomOutButton = toolButton(QStringLiteral("zoomOutButton"), tr("−"), tr("Zoom out (Ctrl+minus)"), this);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(tr("%1 %").arg(400)) + 4);
    m_zoomInButton = toolButton(QStringLiteral("zoomInButton"), tr("+"), tr("Zoom in (Ctrl+plus)"), this);
    m_fitButton = toolButton(QStringLiteral("fitWidthButton"), tr("Fit width"),
                             tr("Fit the page to the pane's width (Ctrl+0)"), this);
    m_fitButton->setCheckable(true);
    bar->addWidget(m_previousButton);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_nextButton);
    bar->addStretch();
    bar->addWidget(m_zoomOutButton);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomInButton);
    bar->addWidget(m_fitButton);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false); // the muted colour of placeholder text
    m_scroll = new QScrollArea(m_stack);
    m_scroll->setObjectName(QStringLiteral("previewScroll"));
    m_scroll->setAccessibleName(tr("Resume preview"));
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Mid); // the page stands out from what is around it
    m_scroll->setFocusPolicy(Qt::NoFocus); // the page view itself takes focus
    // Always there: a scroll bar that came and went would change the width "Fit width" fits,
    // and fitting would flip between two zooms as the page's height crossed the pane's.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view = new PreviewPageView;
    m_scroll->setWidget(m_view);
    m_scroll->viewport()->installEventFilter(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_scroll);
    layout->addWidget(m_stack, 1);

    m_rerender.setSingleShot(true);
    m_rerender.setInterval(150);
    connect(&m_rerender, &QTimer::timeout, this, &ResumePreview::requestRender);
    connect(&m_renderer, &PreviewRenderer::rendered, this, &ResumePreview::onRendered);
    connect(&m_renderer, &PreviewRenderer::failed, this, &ResumePreview::onFailed);
    connect(m_previousButton, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_zoomInButton, &QToolButton::clicked, this, &ResumePreview::zoomIn);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &ResumePreview::zoomOut);
    connect(m_fitButton, &QToolButton::clicked, this, &ResumePreview::fitWidth);
    connect(m_view, &PreviewPageView::pageStepRequested, this, [this](int step) { showPage(m_page + step); });
    connect(m_view, &PreviewPageView::zoomStepRequested, this, [this](int step) {
        if (step == 0)
            fitWidth();
        else
            zoomBy(step);
    });
    clear();
}

ResumePreview::~ResumePreview() = default;

void ResumePreview::showResume(qint64 leadId, const QByteArray& pdf)
{
    m_renderer.cancel();
    m_leadId = leadId;
    m_pdf = pdf;
    m_page = 0;
    m_pageCount = 0;
    m_view->clearPage();
    m_message->setText(tr("Preparing the preview…"));
    m_message->setToolTip(QString());
    m_stack->setCurrentWidget(m_message);
    // Once the selection settles: arrowing through the table starts no renderer per row
    // passed over (and records no viewing of a resume nobody saw).
    m_rerender.start();
}

void ResumePreview::showMessage(const QString& message, const QString& detail)
{
    m_renderer.cancel();
    m_rerender.stop();
    m_pdf.clear();
    m_pageCount = 0;
    m_page = 0;
    m_view->clearPage();
    m_message->setText(message);
    m_message->setToolTip(detail);
    m_stack->setCurrentWidget(m_message);
    updateControls();
}

void ResumePreview::clear()
{
    m_leadId = 0;
    showMessage(QString());
}

QString ResumePreview::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

int ResumePreview::zoomPercent() const
{
    return int(std::lround(m_view->scale() * 100));
}

void ResumePreview::showPage(int page)
{
    if (m_pdf.isEmpty() || page < 0 || (m_pageCount > 0 && page >= m_pageCount) || page == m_page)
        return;
    m_page = page;
    updateControls();
    requestRender();
}

void ResumePreview::zoomBy(int step)
{
    if (!m_view->hasPage())
        return;
    const double current = m_view->scale();
    m_fitWidth = false;
    m_zoom = std::clamp(step > 0 ? current * kZoomStep : current / kZoomStep, kMinZoom, kMaxZoom);
    applyScale();
    m_rerender.start();
}

void ResumePreview::fitWidth()
{
    m_fitWidth = true;
    applyScale();
    m_rerender.start();
}

double ResumePreview::fitScale() const
{
    const double points = m_view->hasPage() ? m_view->pagePoints().width() : kLetterWidthPoints;
    const int available = m_scroll->viewport()->width() - 2; // the page's edge shows
    return std::max(available, 50) / points;
}

void ResumePreview::applyScale()
{
    m_view->setScale(m_fitWidth ? fitScale() : m_zoom);
    updateControls();
}

void ResumePreview::requestRender()
{
    if (m_pdf.isEmpty() || !isVisible())
        return;
    const double scale = m_fitWidth ? fitScale() : m_zoom;
    const double points = m_view->hasPage() ? m_view->pagePoints().width() : kLetterWidthPoints;
    m_renderedWidthPx = int(std::lround(points * scale * devicePixelRatioF()));
    m_ticket = m_renderer.render(m_pdf, m_page, m_renderedWidthPx);
    m_pageLabel->setToolTip(m_renderer.sandboxDescription());
}

void ResumePreview::onRendered(quint64 ticket, const PreviewPage& page)
{
    if (ticket != m_ticket)
        return;
    m_pageCount = page.pageCount;
    m_view->setPage(page);
    applyScale();
    m_stack->setCurrentWidget(m_scroll);
    if (!m_view->hasFocus())
        m_scroll->verticalScrollBar()->setValue(0);
    m_pageLabel->setToolTip(m_renderer.sandboxDescription());
    updateControls();
    Q_EMIT pageShown(m_leadId, m_page);
}

void ResumePreview::onFailed(quint64 ticket, PreviewRenderer::Failure, const QString& detail)
{
    if (ticket != m_ticket)
        return;
    const qint64 lead = m_leadId;
    const QString useOpen = tr("Use Open to see it in the desktop's PDF viewer.");
    showMessage(tr("Cannot preview this file"),
                detail.isEmpty() ? useOpen : tr("The preview failed: %1.").arg(detail) + QLatin1Char('\n') + useOpen);
    m_leadId = lead;
    m_message->setToolTip(m_message->toolTip() + QLatin1Char('\n') + m_renderer.sandboxDescription());
}

void ResumePreview::updateControls()
{
    const bool paged = m_pageCount > 0;
    m_previousButton->setEnabled(paged && m_page > 0);
    m_nextButton->setEnabled(paged && m_page + 1 < m_pageCount);
    m_pageLabel->setText(paged ? tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount) : QString());
    m_pageLabel->setAccessibleName(m_pageLabel->text());
    const bool zoomable = m_view->hasPage();
    m_zoomInButton->setEnabled(zoomable && m_view->scale() < kMaxZoom * 0.999);
    m_zoomOutButton->setEnabled(zoomable && m_view->scale() > kMinZoom * 1.001);
    m_fitButton->setEnabled(zoomable);
    m_fitButton->setChecked(m_fitWidth);
    m_zoomLabel->setText(zoomable ? tr("%1 %").arg(zoomPercent()) : QString());
    m_view->setAccessibleName(paged ? tr("Resume page %1 of %2").arg(m_page + 1).arg(m_pageCount)
                                    : tr("Resume page"));
}

void ResumePreview::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Hidden (collapsed) until now: nothing was rendered for the resume it holds.
    if (!m_pdf.isEmpty() && !m_view->hasPage() && !isRendering())
        requestRender();
}

void ResumePreview::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (!m_view->hasPage())
        m_renderer.cancel(); // a later showEvent() asks again
}

bool ResumePreview::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fitWidth && m_view->hasPage()) {
        applyScale();
        // A new image only when the old one would be visibly blurred or wasteful.
        const double wanted = m_view->pagePoints().width() * m_view->scale() * devicePixelRatioF();
        if (std::abs(wanted - m_renderedWidthPx) > 0.08 * m_renderedWidthPx)
            m_rerender.start();
    }
    return QWidget::eventFilter(watched, event);
}
