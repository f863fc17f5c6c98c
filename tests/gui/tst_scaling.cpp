#include "deskservices.h"
#include "elidedlabel.h"
#include "intakepage.h"
#include "kioskwindow.h"
#include "leadspage.h"
#include "leadtablemodel.h"
#include "mainwindow.h"
#include "outboxrepository.h"
#include "resumepicker.h"
#include "scripteddialogs.h"
#include "session.h"
#include "testsupport.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using GuiTest::find;

namespace {

// The flag that makes this executable the child run at one QT_SCALE_FACTOR: the factor must
// be in the environment before QApplication exists, so each factor is a process of its own.
const char kAtScale[] = "--at-scale";

// A touch target (WCAG 2.5.5, Apple's and Google's guidelines), in device-independent pixels.
constexpr int kTouchSize = 44;

QString describe(const QWidget* widget)
{
    QString name = widget->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(widget->metaObject()->className());
    const QVariant text = widget->property("text");
    return text.isValid() ? QStringLiteral("%1 “%2”").arg(name, text.toString().left(60)) : name;
}

bool insideItemView(const QWidget* widget)
{
    for (const QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractItemView*>(w))
            return true;
    }
    return false;
}

// How much room a label's text needs at the label's width: the text laid out as the label
// lays it out (plain or rich, wrapped or not).
QSize neededFor(const QLabel* label, int width)
{
    QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (rich) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(text);
        document.setTextWidth(label->wordWrap() ? width : -1);
        return QSize(qCeil(document.idealWidth()), qCeil(document.size().height()));
    }
    if (label->buddy())
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    const int flags = int(Qt::AlignLeft | Qt::AlignTop) | (label->wordWrap() ? int(Qt::TextWordWrap) : 0);
    return label->fontMetrics()
        .boundingRect(QRect(0, 0, label->wordWrap() ? width : 100000, 100000), flags, text)
        .size();
}

// Every shown label and button under `root` whose text does not fit the room it was given.
// Labels that elide on purpose (ElidedLabel, full text in the tooltip) are left alone, as
// are the cells of item views (checked by their columns).
QStringList clipped(QWidget* root)
{
    QStringList problems;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible() || insideItemView(widget))
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (qobject_cast<ElidedLabel*>(label) || label->text().isEmpty())
                continue;
            const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(),
                                                              -label->margin());
            const QSize needed = neededFor(label, room.width());
            if (needed.width() > room.width() || needed.height() > room.height())
                problems << QStringLiteral("%1 needs %2×%3, has %4×%5")
                                .arg(describe(label))
                                .arg(needed.width())
                                .arg(needed.height())
                                .arg(room.width())
                                .arg(room.height());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->text().isEmpty())
                continue;
            const QSize hint = button->sizeHint();
            if (hint.width() > button->width() || hint.height() > button->height())
                problems << QStringLiteral("%1 needs %2×%3, has %4×%5")
                                .arg(describe(button))
                                .arg(hint.width())
                                .arg(hint.height())
                                .arg(button->width())
                                .arg(button->height());
        }
    }
    return problems;
}

} // namespace

// The parent: runs the checks below once per factor, each in a process of its own.
class TestScaling final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingClipped_data();
    void nothingClipped();
};

void TestScaling::nothingClipped_data()
{
    QTest::addColumn<QString>("factor");
    QTest::newRow("QT_SCALE_FACTOR=1") << "1";
    QTest::newRow("QT_SCALE_FACTOR=1.5") << "1.5";
    QTest::newRow("QT_SCALE_FACTOR=2") << "2";
}

void TestScaling::nothingClipped()
{
    QFETCH(QString, factor);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_SCALE_FACTOR"), factor);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(kAtScale) });
    QVERIFY2(child.waitForFinished(240000), "the run at this scale did not finish");
    const QString output = QString::fromUtf8(child.readAll());
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        // The child's own report, whole (a failure message alone is cut short).
        qInfo().noquote() << output;
        QStringList failures;
        for (const QString& line : output.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("FAIL!")))
                failures << line;
        }
        QFAIL(qPrintable(failures.join(QLatin1Char('\n'))));
    }
}

// The child: the main pages, the detail pane and the kiosk at the process's QT_SCALE_FACTOR.
class TestScalingPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scaleIsInEffect();
    void deskPagesFit();
    void kioskFitsAndIsTouchSized();
    void kioskFieldsKeepOneFontSize();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<DeskServices> m_desk;
    ScriptedDialogs m_dialogs;
    QString m_pdf;
};

void TestScalingPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-test"));
    QVERIFY(m_dir.isValid());
    m_pdf = TestSupport::writeFile(m_dir, QStringLiteral("cv.pdf"), TestSupport::makePdf());
}

void TestScalingPages::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("scaling-%1.sqlite").arg(++m_counter)));
    QVERIFY2(db, qPrintable(db.error().message));
    m_desk = std::make_unique<DeskServices>(std::move(db).value());
}

void TestScalingPages::cleanup()
{
    m_desk.reset();
}

void TestScalingPages::scaleIsInEffect()
{
    const double wanted = qEnvironmentVariable("QT_SCALE_FACTOR").toDouble();
    QVERIFY(wanted >= 1);
    QWidget probe;
    probe.show();
    QVERIFY(QTest::qWaitForWindowExposed(&probe));
    QCOMPARE(probe.devicePixelRatio(), wanted);
    qInfo("QT_SCALE_FACTOR %g: device pixel ratio %g", wanted, probe.devicePixelRatio());
}

void TestScalingPages::deskPagesFit()
{
    // A lead with a resume that came with another name and two emails, as the detail pane shows the most.
    const IntakeService::Outcome saved = m_desk->intake.submit(
        { QStringLiteral("Santiago"), QStringLiteral("García López"), QStringLiteral("santiago.garcia.lopez@example.es"),
          m_pdf },
        QStringLiteral("Front desk (reception)"), IntakeService::Duplicates::SaveAnyway);
    QVERIFY(saved.saved());
    OutboxRepository outbox(m_desk->db.connection());
    for (const OutboxKind kind : { OutboxKind::ProspectConfirmation, OutboxKind::AttorneyNotification }) {
        OutboxRepository::NewMail mail;
        mail.kind = kind;
        mail.leadId = saved.leadId;
        mail.recipientAddress = QStringLiteral("santiago.garcia.lopez@example.es");
        QVERIFY(outbox.enqueue(mail));
    }
    const Actor cli { std::nullopt, QStringLiteral("cli") };
    const Result<qint64> admin = m_desk->accounts.addUser(
        { QStringLiteral("ada"), QStringLiteral("Ada Admin"), {}, Role::Admin }, "ada's long password", cli);
    QVERIFY(admin);

    Session session(QStringLiteral("Front desk (reception)"));
    MainWindow window(m_desk->leads, m_desk->intake, m_desk->accounts, session, m_dialogs, m_desk->db.path());
    session.signIn(m_desk->accountRepository.user(*admin).value());
    // The size the window takes at its first start on a 1280×800 screen at this scale
    // (MainWindow::restoreWindowGeometry): 640×400 device-independent pixels at 2.
    const double factor = qEnvironmentVariable("QT_SCALE_FACTOR").toDouble();
    window.resize(QSize(1180, 760).boundedTo(QSize(qRound(1280 * 0.92 / factor), qRound(800 * 0.92 / factor))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(window.showPage(MainWindow::Page::Intake));
    QTest::qWait(200);
    QStringList problems = clipped(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("Intake: ") + problems.join(QStringLiteral("; "))));

    QVERIFY(window.showPage(MainWindow::Page::Leads));
    LeadsPage* leads = window.leadsPage();
    QTRY_COMPARE(leads->model()->rowCount(), 1);
    leads->showLead(saved.leadId);
    auto* resume = find<QLabel>(&window, "resumeValue");
    QTRY_VERIFY(resume->isVisible());
    QTest::qWait(200);
    problems = clipped(&window);
    GuiTest::screenshot(&window, QStringLiteral("scaling-leads-%1").arg(qEnvironmentVariable("QT_SCALE_FACTOR")));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("Leads: ") + problems.join(QStringLiteral("; "))));

    // The columns whose content has a known width show it whole (names and emails may elide).
    auto* table = find<QTableView>(&window, "leadsTable");
    // QTableView hides the public QAbstractItemView::sizeHintForColumn.
    const QAbstractItemView* view = table;
    QHeaderView* header = table->horizontalHeader();
    for (const int column : { int(LeadTableModel::Status), int(LeadTableModel::CreatedAt) }) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= view->sizeHintForColumn(column),
                 qPrintable(QStringLiteral("column %1: %2 wide, its cells need %3")
                                .arg(title)
                                .arg(header->sectionSize(column))
                                .arg(view->sizeHintForColumn(column))));
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(QStringLiteral("column %1: %2 wide, its title needs %3")
                                .arg(title)
                                .arg(header->sectionSize(column))
                                .arg(header->sectionSizeHint(column))));
    }

    for (const char* page : { "accountsPage" }) {
        QVERIFY(window.showPage(QString::fromLatin1(page)));
        QTest::qWait(200);
        problems = clipped(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(QString::fromLatin1(page) + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }
    GuiTest::screenshot(&window, QStringLiteral("scaling-accounts-%1").arg(qEnvironmentVariable("QT_SCALE_FACTOR")));
}

void TestScalingPages::kioskFitsAndIsTouchSized()
{
    KioskWindow kiosk(m_desk->intake, m_desk->accounts, m_dialogs, QStringLiteral("Reception kiosk"));
    kiosk.setResumePlaces({ { QStringLiteral("Documents"), m_dir.path() } });
    // A small kiosk screen (1280×800) at this scale, not full screen: offscreen screens are small.
    kiosk.resize(1280, 800);
    kiosk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    IntakePage* page = kiosk.intakePage();
    // With every field error shown: the form at its tallest.
    QTest::mouseClick(find<QPushButton>(page, "submitButton"), Qt::LeftButton);
    QTRY_VERIFY(find<QLabel>(page, "emailError")->isVisible());

    const auto checkTouch = [&kiosk](const QString& where) {
        QStringList small;
        for (QWidget* widget : kiosk.findChildren<QWidget*>()) {
            if (!widget->isVisible() || insideItemView(widget))
                continue;
            if (!qobject_cast<QAbstractButton*>(widget) && !qobject_cast<QComboBox*>(widget)
                && !qobject_cast<QLineEdit*>(widget))
                continue;
            if (widget->width() < kTouchSize || widget->height() < kTouchSize)
                small << QStringLiteral("%1 is %2×%3").arg(describe(widget)).arg(widget->width()).arg(widget->height());
        }
        QVERIFY2(small.isEmpty(), qPrintable(where + QStringLiteral(": smaller than a fingertip: ")
                                             + small.join(QStringLiteral("; "))));
        const QStringList problems = clipped(&kiosk);
        QVERIFY2(problems.isEmpty(), qPrintable(where + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    };
    checkTouch(QStringLiteral("kiosk form"));
    if (QTest::currentTestFailed())
        return;
    GuiTest::screenshot(&kiosk, QStringLiteral("scaling-kiosk-%1").arg(qEnvironmentVariable("QT_SCALE_FACTOR")));

    QTest::mouseClick(find<QPushButton>(page, "chooseResumeButton"), Qt::LeftButton);
    QTRY_VERIFY(kiosk.isShowingPicker());
    checkTouch(QStringLiteral("kiosk resume picker"));
}

void TestScalingPages::kioskFieldsKeepOneFontSize()
{
    KioskWindow kiosk(m_desk->intake, m_desk->accounts, m_dialogs, QStringLiteral("Reception kiosk"));
    kiosk.resize(1280, 800);
    kiosk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    IntakePage* page = kiosk.intakePage();
    auto* first = find<QLineEdit>(page, "firstNameEdit");
    auto* email = find<QLineEdit>(page, "emailEdit");
    const QFontInfo before(email->font());
    const int height = email->height();
    QCOMPARE(QFontInfo(first->font()).pixelSize(), before.pixelSize());

    // Half an address is an error (the field turns red) until it is complete.
    QTest::keyClicks(email, QStringLiteral("ana.ruiz@"));
    QTest::keyClick(email, Qt::Key_Tab);
    QTRY_VERIFY(find<QLabel>(page, "emailError")->isVisible());
    QCOMPARE(QFontInfo(email->font()).pixelSize(), before.pixelSize());
    QCOMPARE(email->height(), height);
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("example.com"));
    QTest::keyClick(email, Qt::Key_Tab);
    QTRY_VERIFY(!find<QLabel>(page, "emailError")->isVisible());
    QCOMPARE(QFontInfo(email->font()).pixelSize(), before.pixelSize());
    QCOMPARE(email->height(), height);
}

int main(int argc, char* argv[])
{
    if (argc > 1 && qstrcmp(argv[1], kAtScale) == 0) {
        // The child: QT_SCALE_FACTOR is already set by the parent.
        QApplication app(argc, argv);
        TestScalingPages pages;
        QStringList arguments = app.arguments();
        arguments.removeAt(1);
        return QTest::qExec(&pages, arguments);
    }
    QApplication app(argc, argv);
    TestScaling test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_scaling.moc"
