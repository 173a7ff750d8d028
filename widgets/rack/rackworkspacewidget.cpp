// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/rack/rackworkspacewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/rack/rackplanmodel.h"
#include "models/session/rack/rackdatasource.h"
#include "widgets/rack/planexportdialog.h"
#include "widgets/rack/rackexporter.h"
#include "widgets/rack/rackhistoryview.h"
#include "widgets/rack/racklegendwidget.h"
#include "widgets/rack/rackpalettedock.h"
#include "widgets/rack/rackscene.h"
#include "widgets/rack/rackviews.h"

namespace OpsDeck::Widgets {

RackWorkspaceWidget::RackWorkspaceWidget(Models::RackDataSource *source, QWidget *parent)
    : QMainWindow(parent)
    , m_source(source)
    , m_model(new Models::RackPlanModel(this))
    , m_stack(new QStackedWidget)
    , m_elevation(new RackElevationView(m_model))
    , m_room(new RoomView(m_model))
    , m_palette(new RackPaletteDock(m_model, this))
    , m_history(new RackHistoryView(m_model->undoStack()))
    , m_legend(new RackLegendWidget)
    , m_exporter(new RackExporter(this))
    , m_message(new QLabel)
    , m_capacity(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancelExport(new QToolButton)
{
    setWindowFlags(Qt::Widget);
    setObjectName(QStringLiteral("rackWorkspace"));
    m_stack->addWidget(m_elevation);
    m_stack->addWidget(m_room);
    auto *centre = new QWidget;
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);
    setCentralWidget(centre);

    addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    auto *historyDock = new QDockWidget(tr("Plan history"), this);
    historyDock->setObjectName(QStringLiteral("rackHistoryDock"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);

    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancelExport->setText(tr("Cancel"));
    m_cancelExport->hide();
    statusBar()->addWidget(m_message, 1);
    statusBar()->addPermanentWidget(m_capacity);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelExport);
    statusBar()->setSizeGripEnabled(false);

    buildActions();

    connect(m_source, &Models::RackDataSource::siteLoaded, this, &RackWorkspaceWidget::handleSiteLoaded);
    connect(m_source, &Models::RackDataSource::errorOccurred, this, &RackWorkspaceWidget::handleSourceError);
    connect(m_source, &Models::RackDataSource::planSaved, this,
            [this](quint64, const QString &name) { showMessage(tr("Plan \"%1\" saved.").arg(name), false); });
    connect(m_source, &Models::RackDataSource::plansListed, this, [this](quint64 request, const QStringList &names) {
        if (request != m_planRequest)
            return;
        if (names.isEmpty()) {
            showMessage(tr("No saved plans in this workspace."), false);
            return;
        }
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Open plan"));
        dialog->setLabelText(tr("Plan:"));
        dialog->setComboBoxItems(names);
        connect(dialog, &QInputDialog::textValueSelected, this,
                [this](const QString &name) { m_planRequest = m_source->loadPlan(name); });
        dialog->open();
    });
    connect(m_source, &Models::RackDataSource::planLoaded, this,
            [this](quint64 request, const QString &name, const QByteArray &document) {
                if (request != m_planRequest)
                    return;
                const Result<QStringList> applied = m_model->applyPlanDocument(document);
                if (!applied)
                    showMessage(tr("Plan \"%1\" cannot be opened: %2").arg(name, applied.error().detail), true);
                else if (!applied->isEmpty())
                    showMessage(tr("Plan \"%1\" opened with problems: %2").arg(name, applied->join(QLatin1Char(' '))),
                                true);
                else
                    showMessage(tr("Plan \"%1\" opened.").arg(name), false);
            });

    for (RackScene *scene : {m_elevation->rackScene(), m_room->rackScene()}) {
        connect(scene, &RackScene::deviceSelected, this, &RackWorkspaceWidget::handleSceneSelection);
        connect(scene, &RackScene::placementRefused, this, &RackWorkspaceWidget::handleRefused);
    }
    connect(m_model, &Models::RackPlanModel::rackChanged, this, &RackWorkspaceWidget::updateStatus);
    connect(m_exporter, &RackExporter::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_exporter, &RackExporter::finished, this, &RackWorkspaceWidget::handleExportFinished);
    connect(m_cancelExport, &QToolButton::clicked, m_exporter, &RackExporter::cancel);
}

RackWorkspaceWidget::~RackWorkspaceWidget()
{
    // The plan model clears its undo stack as it goes, after this part of
    // the widget is gone.
    disconnect(m_model->undoStack(), nullptr, this, nullptr);
}

void RackWorkspaceWidget::buildActions()
{
    QToolBar *bar = addToolBar(tr("Racks"));
    bar->setObjectName(QStringLiteral("rackToolBar"));
    bar->setMovable(false);
    auto *modes = new QActionGroup(this);
    m_rackAction = bar->addAction(tr("Rack"));
    m_rackAction->setCheckable(true);
    m_rackAction->setChecked(true);
    m_roomAction = bar->addAction(tr("Room"));
    m_roomAction->setCheckable(true);
    modes->addAction(m_rackAction);
    modes->addAction(m_roomAction);
    m_rackChooser = new QComboBox;
    m_rackChooser->setObjectName(QStringLiteral("rackChooser"));
    m_rackChooser->setToolTip(tr("The rack the elevation shows"));
    m_rackChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rackChooserAction = bar->addWidget(m_rackChooser);
    m_rackChooserAction->setVisible(false);
    connect(m_rackChooser, &QComboBox::activated, this,
            [this](int index) { showRack(m_rackChooser->itemData(index).toLongLong()); });
    connect(m_rackAction, &QAction::triggered, this, [this] { setMode(Mode::Rack); });
    connect(m_roomAction, &QAction::triggered, this, [this] {
        if (m_room->rackScene()->racks().isEmpty())
            m_room->setRacks(m_model->rackIds(m_locationId));
        setMode(Mode::Room);
    });
    bar->addSeparator();

    m_colouring = new QComboBox;
    for (auto mode : {Models::RackColouring::Role, Models::RackColouring::Status, Models::RackColouring::Tenant})
        m_colouring->addItem(tr("Colour by %1").arg(Models::rackColouringName(mode).toLower()), int(mode));
    connect(m_colouring, &QComboBox::currentIndexChanged, this,
            [this](int) { setColouring(Models::RackColouring(m_colouring->currentData().toInt())); });
    bar->addWidget(m_colouring);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Highlight devices"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(220);
    connect(m_search, &QLineEdit::textChanged, this, &RackWorkspaceWidget::setSearchText);
    bar->addWidget(m_search);
    bar->addSeparator();

    QAction *undo = m_model->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_model->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addAction(undo);
    bar->addAction(redo);
    addAction(undo);
    addAction(redo);
    bar->addSeparator();
    connect(bar->addAction(tr("Save plan…")), &QAction::triggered, this, &RackWorkspaceWidget::savePlan);
    connect(bar->addAction(tr("Open plan…")), &QAction::triggered, this, &RackWorkspaceWidget::openPlan);
    m_sendPlanAction = bar->addAction(tr("Send Plan to NetBox Changes…"));
    m_sendPlanAction->setObjectName(QStringLiteral("sendPlanAction"));
    m_sendPlanAction->setToolTip(tr("Add the plan's moves, new devices and reservations to the NetBox change set"));
    connect(m_sendPlanAction, &QAction::triggered, this, &RackWorkspaceWidget::sendPlan);
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this, &RackWorkspaceWidget::updateSendPlanAction);
    connect(m_model, &Models::RackPlanModel::siteReset, this, [this] {
        m_sentEdits = 0;
        updateSendPlanAction();
    });
    updateSendPlanAction();
    bar->addSeparator();
    connect(bar->addAction(tr("PDF…")), &QAction::triggered, this, &RackWorkspaceWidget::exportPdf);
    connect(bar->addAction(tr("SVG…")), &QAction::triggered, this, &RackWorkspaceWidget::exportSvg);
    connect(bar->addAction(tr("PNG…")), &QAction::triggered, this, &RackWorkspaceWidget::exportPng);
    connect(bar->addAction(tr("Print…")), &QAction::triggered, this, &RackWorkspaceWidget::print);
}

void RackWorkspaceWidget::showRack(qint64 rackId)
{
    m_pendingMode = Mode::Rack;
    m_pendingRack = rackId;
    if (m_model->hasRack(rackId)) {
        m_rackId = rackId;
        m_elevation->setRack(rackId);
        setMode(Mode::Rack);
        return;
    }
    requestSite(0, rackId);
}

void RackWorkspaceWidget::showSite(qint64 siteId, qint64 locationId)
{
    m_pendingMode = Mode::Room;
    m_pendingRack = 0;
    m_locationId = locationId;
    if (m_siteId == siteId && !m_model->racks().isEmpty()) {
        m_room->setRacks(m_model->rackIds(locationId));
        setMode(Mode::Room);
        return;
    }
    requestSite(siteId, 0);
}

void RackWorkspaceWidget::requestSite(qint64 siteId, qint64 rackId)
{
    showMessage(tr("Loading racks…"), false);
    m_loadRequest = m_source->requestSite(siteId, rackId);
}

void RackWorkspaceWidget::reload()
{
    if (m_siteId)
        requestSite(m_siteId, 0);
}

void RackWorkspaceWidget::handleSiteLoaded(quint64 request, const Models::RackSiteData &data)
{
    if (request != m_loadRequest)
        return;
    m_loadRequest = 0;
    m_siteId = data.site.id;
    m_model->setSiteData(data);
    m_room->setRacks(m_model->rackIds(m_locationId));
    showMessage(QString(), false);
    if (m_pendingMode == Mode::Rack) {
        m_rackId = m_model->hasRack(m_pendingRack) ? m_pendingRack : 0; // 0: setMode() picks the first
        if (m_rackId)
            m_elevation->setRack(m_rackId);
    }
    setMode(m_pendingMode);
    if (m_selectedDevice)
        selectDevice(m_selectedDevice);
    emit siteLoaded(m_siteId);
}

void RackWorkspaceWidget::handleSourceError(quint64 request, const OpsDeck::Error &error)
{
    if (request == m_loadRequest)
        m_loadRequest = 0;
    showMessage(tr("Rack data unavailable: %1").arg(error.detail), true);
    emit errorOccurred(error);
}

void RackWorkspaceWidget::setMode(Mode mode)
{
    // The elevation always shows a rack of the site: the one asked for, else
    // the first of the location or site shown.
    if (mode == Mode::Rack && !m_model->hasRack(m_rackId)) {
        const QList<qint64> racks = m_model->rackIds(m_locationId);
        m_rackId = racks.isEmpty() ? m_model->rackIds().value(0) : racks.constFirst();
        m_elevation->setRack(m_rackId);
        if (!m_rackId && m_siteId)
            showMessage(tr("%1 has no racks.").arg(m_model->baseline().site.name), false);
    }
    updateRackChooser();
    m_mode = mode;
    m_stack->setCurrentWidget(mode == Mode::Rack ? static_cast<QWidget *>(m_elevation) : m_room);
    (mode == Mode::Rack ? m_rackAction : m_roomAction)->setChecked(true);
    updateStatus();
}

void RackWorkspaceWidget::updateRackChooser()
{
    const QSignalBlocker block(m_rackChooser);
    m_rackChooser->clear();
    for (const Domain::Rack &r : m_model->racks())
        m_rackChooser->addItem(r.name, r.id);
    m_rackChooser->setCurrentIndex(m_rackChooser->findData(m_rackId));
    m_rackChooserAction->setVisible(m_rackChooser->count() > 0);
}

void RackWorkspaceWidget::setColouring(Models::RackColouring colouring)
{
    m_elevation->rackScene()->setColouring(colouring);
    m_room->rackScene()->setColouring(colouring);
    const int index = m_colouring->findData(int(colouring));
    if (index >= 0 && index != m_colouring->currentIndex())
        m_colouring->setCurrentIndex(index);
    updateStatus();
}

void RackWorkspaceWidget::setLiveState(const QHash<qint64, Models::RackLiveState> &state)
{
    m_elevation->rackScene()->setLiveState(state);
    m_room->rackScene()->setLiveState(state);
}

void RackWorkspaceWidget::setComplianceMarks(const Models::ComplianceMarks &marks)
{
    m_elevation->rackScene()->setComplianceMarks(marks);
    m_room->rackScene()->setComplianceMarks(marks);
}

void RackWorkspaceWidget::selectDevice(qint64 deviceId)
{
    m_selectedDevice = deviceId;
    if (!m_model->hasDevice(deviceId)) {
        m_elevation->rackScene()->selectDevice(0);
        m_room->rackScene()->selectDevice(0);
        return;
    }
    const Domain::Device d = m_model->device(deviceId);
    if (m_mode == Mode::Rack && d.rackId && d.rackId != m_rackId) {
        m_rackId = d.rackId;
        m_elevation->setRack(d.rackId);
        updateRackChooser();
        updateStatus();
    }
    m_elevation->rackScene()->selectDevice(deviceId);
    if (m_room->rackScene()->selectDevice(deviceId) && m_mode == Mode::Room)
        m_room->centerOn(m_room->rackScene()->deviceRect(d.parentDeviceId ? d.parentDeviceId : deviceId).center());
}

void RackWorkspaceWidget::handleSceneSelection(qint64 deviceId)
{
    if (deviceId == m_selectedDevice)
        return;
    m_selectedDevice = deviceId;
    // Keep the other view in step without echoing back.
    auto *other = sender() == m_elevation->rackScene() ? m_room->rackScene() : m_elevation->rackScene();
    other->selectDevice(deviceId);
    emit deviceSelected(deviceId);
}

void RackWorkspaceWidget::setSearchText(const QString &text)
{
    const QList<qint64> hits = m_model->findDevices(text);
    m_elevation->rackScene()->setHighlighted(hits);
    m_room->rackScene()->setHighlighted(hits);
    if (!text.isEmpty())
        showMessage(tr("%n device(s) match.", nullptr, int(hits.size())), false);
    else
        showMessage(QString(), false);
}

void RackWorkspaceWidget::handleRefused(const QString &reason)
{
    showMessage(tr("Not placed: %1").arg(reason), true);
}

void RackWorkspaceWidget::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
}

QString RackWorkspaceWidget::statusText() const
{
    return m_message->text();
}

void RackWorkspaceWidget::updateStatus()
{
    const Models::RackCapacity c = m_mode == Mode::Rack ? m_model->capacity(m_rackId) : m_model->siteCapacity();
    QString text = tr("%1U free of %2U").arg(c.freeUnits()).arg(c.totalUnits);
    if (c.maxWeightKg > 0)
        text += tr(" · %1 of %2 kg").arg(c.weightKg, 0, 'f', 0).arg(c.maxWeightKg, 0, 'f', 0);
    if (c.powerBudgetW > 0)
        text += tr(" · %1 of %2 W").arg(c.drawW).arg(c.powerBudgetW);
    m_capacity->setText(text);
    QList<Domain::Device> shown;
    const QList<qint64> racks = m_mode == Mode::Rack ? QList<qint64>{m_rackId} : m_room->rackScene()->racks();
    for (qint64 id : racks) {
        for (const Domain::Device &d : m_model->devicesInRack(id)) {
            if (!d.parentDeviceId)
                shown << d;
        }
    }
    const auto colouring = m_elevation->rackScene()->colouring();
    m_legend->setLegend(colouring, Models::rackLegend(shown, colouring));
}

QList<RackPicture> RackWorkspaceWidget::shownPictures() const
{
    const QList<qint64> racks = m_mode == Mode::Rack ? QList<qint64>{m_rackId} : m_room->rackScene()->racks();
    QList<RackPicture> out;
    for (qint64 id : racks) {
        if (m_model->hasRack(id))
            out << RackPicture::fromModel(*m_model, id, m_elevation->rackScene()->colouring());
    }
    return out;
}

void RackWorkspaceWidget::startExport(int format, const QString &filter, const QString &suffix)
{
    if (m_exporter->isRunning()) {
        showMessage(tr("An export is running."), true);
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export racks"), QString(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        RackPageOptions options;
        options.title = tr("%1 — rack elevations").arg(m_model->baseline().site.name);
        if (m_exporter->start(RackExporter::Format(format), path, shownPictures(), options)) {
            m_progress->setValue(0);
            m_progress->show();
            m_cancelExport->show();
            showMessage(tr("Exporting…"), false);
        }
    });
    dialog->open();
}

void RackWorkspaceWidget::exportPdf()
{
    startExport(int(RackExporter::Format::Pdf), tr("PDF (*.pdf)"), QStringLiteral("pdf"));
}

void RackWorkspaceWidget::exportSvg()
{
    startExport(int(RackExporter::Format::Svg), tr("SVG (*.svg)"), QStringLiteral("svg"));
}

void RackWorkspaceWidget::exportPng()
{
    startExport(int(RackExporter::Format::Png), tr("PNG (*.png)"), QStringLiteral("png"));
}

void RackWorkspaceWidget::handleExportFinished(const OpsDeck::Status &status, const QString &path)
{
    m_progress->hide();
    m_cancelExport->hide();
    if (status)
        showMessage(tr("Exported to %1.").arg(path), false);
    else if (status.error().code == ErrorCode::Cancelled)
        showMessage(tr("Export cancelled."), false);
    else
        showMessage(tr("Export failed: %1").arg(status.error().detail), true);
}

void RackWorkspaceWidget::print()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    auto *dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        const Status s = RackExporter::renderPages(printer, shownPictures(), 1, m_model->baseline().site.name);
        showMessage(s ? tr("Sent to the printer.") : tr("Printing failed: %1").arg(s.error().detail), !s);
    });
    dialog->open();
}

void RackWorkspaceWidget::savePlan()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save plan"));
    dialog->setLabelText(tr("Plan name:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (!name.trimmed().isEmpty())
            m_source->savePlan(name.trimmed(), m_model->planDocument(name.trimmed()));
    });
    dialog->open();
}

void RackWorkspaceWidget::openPlan()
{
    m_planRequest = m_source->listPlans();
}

void RackWorkspaceWidget::setDeviceRoles(const QList<Models::RackRole> &roles)
{
    m_roles = roles;
    m_rolesSet = true;
}

void RackWorkspaceWidget::setReservationUserId(qint64 userId)
{
    m_reservationUserId = userId;
}

void RackWorkspaceWidget::updateSendPlanAction()
{
    m_sendPlanAction->setEnabled(!m_model->changes().isEmpty());
    m_sendPlanAction->setText(m_sentEdits > 0
                                  ? tr("Send Plan to NetBox Changes… (%n edit(s) sent)", nullptr, m_sentEdits)
                                  : tr("Send Plan to NetBox Changes…"));
}

void RackWorkspaceWidget::sendPlan()
{
    const QList<Models::PlanChange> changes = m_model->changes();
    if (changes.isEmpty()) {
        showMessage(tr("The plan has no changes to send."), false);
        return;
    }
    auto *dialog = new PlanExportDialog(m_model->baseline(), changes, m_rolesSet ? m_roles : m_model->baseline().roles,
                                        m_reservationUserId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPreviouslySent(m_sentEdits);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<NetBox::Edit> edits = dialog->edits();
        if (edits.isEmpty())
            return;
        m_sentEdits += int(edits.size());
        updateSendPlanAction();
        showMessage(tr("%n edit(s) added to NetBox Changes.", nullptr, int(edits.size())), false);
        emit planEditsRequested(edits);
    });
    dialog->open();
}

} // namespace OpsDeck::Widgets
