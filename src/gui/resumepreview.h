#pragma once

#include "previewrenderer.h"

#include <QTimer>
#include <QWidget>

class PreviewPageView;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QToolButton;

// The resume inside the detail pane: one page at a time, rendered by PreviewRenderer in a
// separate, limited process (never on this thread, never on disk), with page through
// (buttons, Left/Right), zoom (fit width, buttons, Ctrl+plus/minus, Ctrl+wheel) and word
// selection (PreviewPageView). A file that cannot be rendered says "Cannot preview this
// file"; the pane's Open still works.
class ResumePreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumePreview)

public:
    explicit ResumePreview(QWidget* parent = nullptr);
    ~ResumePreview() override;

    // Shows the first page of `pdf` for the lead (cancels whatever was being rendered).
    void showResume(qint64 leadId, const QByteArray& pdf);
    // Shows a message instead of a page (no resume, or it could not be read).
    void showMessage(const QString& message, const QString& detail = {});
    void clear();
    qint64 leadId() const { return m_leadId; }

    int currentPage() const { return m_page; }
    int pageCount() const { return m_pageCount; }
    bool isFitWidth() const { return m_fitWidth; }
    // Percent of the page's size in points (100 = 1 point per pixel).
    int zoomPercent() const;
    QString message() const;
    // A render is asked for, or about to be (the selection is settling).
    bool isRendering() const { return m_renderer.isBusy() || m_rerender.isActive(); }

    void showPage(int page);
    void zoomIn() { zoomBy(+1); }
    void zoomOut() { zoomBy(-1); }
    void fitWidth();

    PreviewRenderer& renderer() { return m_renderer; }
    PreviewPageView* pageView() const { return m_view; }

Q_SIGNALS:
    // A page of this lead's resume is on screen (every time one arrives).
    void pageShown(qint64 leadId, int page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void zoomBy(int step);
    void requestRender();
    void applyScale();
    double fitScale() const;
    void onRendered(quint64 ticket, const PreviewPage& page);
    void onFailed(quint64 ticket, PreviewRenderer::Failure failure, const QString& detail);
    void updateControls();

    PreviewRenderer m_renderer;
    QByteArray m_pdf;
    qint64 m_leadId = 0;
    int m_page = 0;
    int m_pageCount = 0;
    bool m_fitWidth = true;
    double m_zoom = 1.0; // pixels per point, when not fitting the width
    quint64 m_ticket = 0;
    int m_renderedWidthPx = 0;
    QTimer m_rerender; // after a resize or zoom, once it settles

    QToolButton* m_previousButton = nullptr;
    QLabel* m_pageLabel = nullptr;
    QToolButton* m_nextButton = nullptr;
    QToolButton* m_zoomOutButton = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QToolButton* m_zoomInButton = nullptr;
    QToolButton* m_fitButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QScrollArea* m_scroll = nullptr;
    PreviewPageView* m_view = nullptr;
};
