// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/prtg/prtgimportwizard.h"

#include <algorithm>
#include <climits>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/session/prtg/prtgimportsession.h"

namespace OpsDeck::Widgets {

using Models::PrtgImportSession;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString methodText(Prtg::DeviceMatch method)
{
    switch (method) {
    case Prtg::DeviceMatch::HostAddress: return PrtgImportWizard::tr("Host address");
    case Prtg::DeviceMatch::HostName: return PrtgImportWizard::tr("Host name");
    case Prtg::DeviceMatch::Name: return PrtgImportWizard::tr("Device name");
    case Prtg::DeviceMatch::Manual: return PrtgImportWizard::tr("By hand");
    case Prtg::DeviceMatch::None: break;
    }
    return PrtgImportWizard::tr("Unmapped");
}

/// Connect: URL and credentials; "Connect" stores them in the vault, reads
/// PRTG and builds the plan.
class ConnectPage final : public QWizardPage
{
public:
    ConnectPage(PrtgImportWizard *wizard, PrtgImportSession *session)
        : m_wizard(wizard)
        , m_session(session)
    {
        setTitle(PrtgImportWizard::tr("Connect to PRTG"));
        setSubTitle(PrtgImportWizard::tr("The passhash or API token is kept in the workspace vault."));
        m_url->setObjectName(QStringLiteral("prtgUrl"));
        m_url->setPlaceholderText(QStringLiteral("https://prtg.example.net"));
        m_username->setObjectName(QStringLiteral("prtgUsername"));
        m_passhash->setObjectName(QStringLiteral("prtgPasshash"));
        m_passhash->setEchoMode(QLineEdit::Password);
        m_token->setObjectName(QStringLiteral("prtgApiToken"));
        m_token->setEchoMode(QLineEdit::Password);
        m_verify->setChecked(true);
        m_connect->setObjectName(QStringLiteral("prtgConnect"));
        m_cancel->setObjectName(QStringLiteral("prtgConnectCancel"));
        m_cancel->setEnabled(false);
        m_status->setObjectName(QStringLiteral("prtgStatus"));
        m_status->setWordWrap(true);
        m_progress->setVisible(false);
        auto *form = new QFormLayout;
        form->addRow(PrtgImportWizard::tr("Server URL:"), m_url);
        form->addRow(PrtgImportWizard::tr("Username:"), m_username);
        form->addRow(PrtgImportWizard::tr("Passhash:"), m_passhash);
        form->addRow(PrtgImportWizard::tr("or API token:"), m_token);
        form->addRow(QString(), m_verify);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_connect);
        buttons->addWidget(m_cancel);
        buttons->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addLayout(buttons);
        layout->addWidget(m_progress);
        layout->addWidget(m_status);
        layout->addStretch(1);

        connect(m_connect, &QPushButton::clicked, this, &ConnectPage::start);
        connect(m_cancel, &QPushButton::clicked, m_session, &PrtgImportSession::cancel);
        connect(m_session, &PrtgImportSession::progress, this, [this](const QString &stage, int step, int steps) {
            m_progress->setRange(0, qMax(1, steps));
            m_progress->setValue(step);
            m_status->setText(PrtgImportWizard::tr("Reading PRTG (%1)…").arg(stage));
        });
        connect(m_session, &PrtgImportSession::planReady, this, [this](const Result<Prtg::ImportPlan> &plan) {
            m_progress->setVisible(false);
            m_connect->setEnabled(true);
            m_cancel->setEnabled(false);
            if (!plan) {
                m_status->setText(PrtgImportWizard::tr("Could not read PRTG: %1").arg(plan.error().detail));
                return;
            }
            m_wizard->setPlan(*plan);
            QSet<qint64> all;
            for (const Prtg::DeviceMapping &m : plan->devices)
                all.insert(m.prtgDeviceId);
            m_wizard->setSelectedDevices(all);
            m_ready = true;
            m_status->setText(PrtgImportWizard::tr("Read %n device(s)", nullptr, int(plan->devices.size()))
                              + QLatin1Char(' ')
                              + PrtgImportWizard::tr("and %n sensor(s).", nullptr, int(plan->sensors.size())));
            emit completeChanged();
        });
    }

    bool isComplete() const override { return m_ready; }

private:
    void start()
    {
        m_ready = false;
        emit completeChanged();
        Models::PrtgConnectionInput input;
        input.url = QUrl(m_url->text().trimmed());
        input.username = m_username->text().trimmed();
        input.passhash = Vault::Secret::fromString(m_passhash->text());
        input.apiToken = Vault::Secret::fromString(m_token->text());
        input.verifyTls = m_verify->isChecked();
        // The secrets leave the fields: they live in the vault from now on.
        m_passhash->clear();
        m_token->clear();
        m_connect->setEnabled(false);
        m_cancel->setEnabled(true);
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        m_status->setText(PrtgImportWizard::tr("Connecting…"));
        m_session->connectAndPlan(input);
    }

    PrtgImportWizard *m_wizard;
    PrtgImportSession *m_session;
    QLineEdit *m_url = new QLineEdit(this);
    QLineEdit *m_username = new QLineEdit(this);
    QLineEdit *m_passhash = new QLineEdit(this);
    QLineEdit *m_token = new QLineEdit(this);
    QCheckBox *m_verify = new QCheckBox(PrtgImportWizard::tr("Verify the server's TLS certificate"), this);
    QPushButton *m_connect = new QPushButton(PrtgImportWizard::tr("Connect"), this);
    QPushButton *m_cancel = new QPushButton(PrtgImportWizard::tr("Cancel"), this);
    QProgressBar *m_progress = new QProgressBar(this);
    QLabel *m_status = new QLabel(this);
    bool m_ready = false;
};

/// Groups and devices with check boxes.
class SelectPage final : public QWizardPage
{
public:
    explicit SelectPage(PrtgImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(PrtgImportWizard::tr("Pick groups and devices"));
        m_tree->setObjectName(QStringLiteral("prtgTree"));
        m_tree->setHeaderLabels({PrtgImportWizard::tr("Group or device"), PrtgImportWizard::tr("Host")});
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_tree);
        connect(m_tree, &QTreeWidget::itemChanged, this, [this] { emit completeChanged(); });
    }

    void initializePage() override
    {
        m_tree->blockSignals(true);
        m_tree->clear();
        const Prtg::ImportPlan &plan = m_wizard->plan();
        QHash<qint64, QTreeWidgetItem *> groups;
        for (const Prtg::Group &g : plan.groups) {
            auto *item = new QTreeWidgetItem({g.name});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            item->setCheckState(0, Qt::Checked);
            groups.insert(g.id, item);
        }
        for (const Prtg::Group &g : plan.groups) {
            QTreeWidgetItem *parent = groups.value(g.parentId);
            if (parent && g.parentId != g.id)
                parent->addChild(groups.value(g.id));
            else
                m_tree->addTopLevelItem(groups.value(g.id));
        }
        // Devices sit in the group their sensors name (within the same probe).
        QHash<QString, qint64> groupByName;
        for (const Prtg::Group &g : plan.groups)
            groupByName.insert(g.probe + u'\x1f' + g.name, g.id);
        QHash<qint64, qint64> groupOf;
        for (const Prtg::SensorPlan &s : plan.sensors)
            groupOf.insert(s.sensor.deviceId, groupByName.value(s.sensor.probe + u'\x1f' + s.sensor.group));
        for (const Prtg::DeviceMapping &m : plan.devices) {
            auto *item = new QTreeWidgetItem({m.prtgName, m.host});
            item->setData(0, kIdRole, m.prtgDeviceId);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, m_wizard->selectedDevices().contains(m.prtgDeviceId) ? Qt::Checked : Qt::Unchecked);
            QTreeWidgetItem *parent = groups.value(groupOf.value(m.prtgDeviceId));
            if (parent)
                parent->addChild(item);
            else
                m_tree->addTopLevelItem(item);
        }
        m_tree->expandAll();
        m_tree->resizeColumnToContents(0);
        m_tree->blockSignals(false);
    }

    bool isComplete() const override { return !checked().isEmpty(); }

    bool validatePage() override
    {
        m_wizard->setSelectedDevices(checked());
        return true;
    }

private:
    QSet<qint64> checked() const
    {
        QSet<qint64> out;
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            const QVariant id = (*it)->data(0, kIdRole);
            if (id.isValid() && (*it)->checkState(0) == Qt::Checked)
                out.insert(id.toLongLong());
        }
        return out;
    }

    PrtgImportWizard *m_wizard;
    QTreeWidget *m_tree = new QTreeWidget(this);
};

/// The mapping review: every selected device with its NetBox device.
class MappingPage final : public QWizardPage
{
public:
    MappingPage(PrtgImportWizard *wizard, PrtgImportSession *session)
        : m_wizard(wizard)
        , m_session(session)
    {
        setTitle(PrtgImportWizard::tr("Review the mapping to NetBox"));
        m_table->setObjectName(QStringLiteral("prtgMapping"));
        m_table->setColumnCount(4);
        m_table->setHorizontalHeaderLabels({PrtgImportWizard::tr("PRTG device"), PrtgImportWizard::tr("Host"),
                                            PrtgImportWizard::tr("NetBox device"), PrtgImportWizard::tr("Mapped by")});
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::SingleSelection);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->verticalHeader()->setVisible(false);
        m_devices->setObjectName(QStringLiteral("prtgDeviceBox"));
        m_devices->setEditable(true);
        m_devices->setInsertPolicy(QComboBox::NoInsert);
        m_devices->completer()->setFilterMode(Qt::MatchContains);
        m_map->setObjectName(QStringLiteral("prtgMapButton"));
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(PrtgImportWizard::tr("Map the selected device to:"), this));
        row->addWidget(m_devices, 1);
        row->addWidget(m_map);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_table, 1);
        layout->addLayout(row);
        connect(m_map, &QPushButton::clicked, this, &MappingPage::mapSelected);
    }

    void initializePage() override
    {
        m_devices->clear();
        for (const Domain::Device &d : m_session->netboxDevices())
            m_devices->addItem(d.name, d.id);
        m_devices->setCurrentIndex(-1);
        fill();
    }

private:
    void fill()
    {
        const Prtg::ImportPlan &plan = m_wizard->plan();
        QList<const Prtg::DeviceMapping *> rows;
        for (const Prtg::DeviceMapping &m : plan.devices) {
            if (m_wizard->selectedDevices().contains(m.prtgDeviceId))
                rows << &m;
        }
        // Unmapped first: they are what the review is for.
        std::stable_sort(rows.begin(), rows.end(), [](const Prtg::DeviceMapping *a, const Prtg::DeviceMapping *b) {
            return (a->deviceId != 0) < (b->deviceId != 0);
        });
        m_table->setRowCount(int(rows.size()));
        int unmapped = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const Prtg::DeviceMapping &m = *rows.at(i);
            unmapped += m.deviceId == 0;
            const QStringList cells = {m.prtgName, m.host, m.deviceName, methodText(m.method)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setData(kIdRole, m.prtgDeviceId);
                if (!m.deviceId)
                    item->setForeground(QColor(0xb4, 0x53, 0x09));
                if (c == 2 && !m.deviceId && !m.candidates.isEmpty())
                    item->setToolTip(PrtgImportWizard::tr("Near matches: %1").arg(m.candidates.join(QStringLiteral(", "))));
                m_table->setItem(i, c, item);
            }
        }
        m_table->resizeColumnsToContents();
        m_summary->setText(PrtgImportWizard::tr("%n device(s) without a NetBox device", nullptr, unmapped));
    }

    void mapSelected()
    {
        const QList<QTableWidgetItem *> items = m_table->selectedItems();
        if (items.isEmpty() || m_devices->currentIndex() < 0)
            return;
        const qint64 prtgId = items.first()->data(kIdRole).toLongLong();
        m_wizard->plan().setMapping(prtgId, m_devices->currentData().toLongLong(), m_devices->currentText());
        fill();
    }

    PrtgImportWizard *m_wizard;
    PrtgImportSession *m_session;
    QLabel *m_summary = new QLabel(this);
    QTableWidget *m_table = new QTableWidget(this);
    QComboBox *m_devices = new QComboBox(this);
    QPushButton *m_map = new QPushButton(PrtgImportWizard::tr("Map"), this);
};

/// Sensor translation: polling definitions, and the sensors without one.
class SensorsPage final : public QWizardPage
{
public:
    explicit SensorsPage(PrtgImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(PrtgImportWizard::tr("Sensor translation"));
        setSubTitle(PrtgImportWizard::tr("Ping, SNMP traffic and SNMP custom OID sensors become OpsDeck polling; "
                                         "the others have no equivalent."));
        m_table->setObjectName(QStringLiteral("prtgSensors"));
        m_table->setColumnCount(4);
        m_table->setHorizontalHeaderLabels({PrtgImportWizard::tr("Sensor"), PrtgImportWizard::tr("Device"),
                                            PrtgImportWizard::tr("PRTG type"), PrtgImportWizard::tr("OpsDeck")});
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->verticalHeader()->setVisible(false);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_table, 1);
    }

    void initializePage() override
    {
        QList<const Prtg::SensorPlan *> rows;
        for (const Prtg::SensorPlan &s : m_wizard->plan().sensors) {
            if (m_wizard->selectedDevices().contains(s.sensor.deviceId))
                rows << &s;
        }
        // Those without an equivalent first.
        std::stable_sort(rows.begin(), rows.end(), [](const Prtg::SensorPlan *a, const Prtg::SensorPlan *b) {
            return a->hasEquivalent < b->hasEquivalent;
        });
        m_table->setRowCount(int(rows.size()));
        int none = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const Prtg::SensorPlan &s = *rows.at(i);
            none += !s.hasEquivalent;
            const QString what = s.hasEquivalent ? PrtgImportWizard::pollKindText(s.definition.kind)
                                                 : PrtgImportWizard::tr("No equivalent: %1").arg(s.reason);
            const QStringList cells = {s.sensor.name, s.sensor.device, s.sensor.type, what};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setData(kIdRole, s.sensor.id);
                item->setData(kIdRole + 1, s.hasEquivalent);
                m_table->setItem(i, c, item);
            }
        }
        m_table->resizeColumnsToContents();
        m_summary->setText(PrtgImportWizard::tr("%n sensor(s) become OpsDeck polling", nullptr, int(rows.size()) - none)
                           + QLatin1Char(' ')
                           + PrtgImportWizard::tr("%n have no equivalent.", nullptr, none));
    }

private:
    PrtgImportWizard *m_wizard;
    QLabel *m_summary = new QLabel(this);
    QTableWidget *m_table = new QTableWidget(this);
};

/// Optional history import.
class HistoryPage final : public QWizardPage
{
public:
    explicit HistoryPage(PrtgImportSession *session)
    {
        setTitle(PrtgImportWizard::tr("Sensor history"));
        m_history->setObjectName(QStringLiteral("prtgHistory"));
        m_history->setEnabled(session->canImportHistory());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_from->setObjectName(QStringLiteral("prtgHistoryFrom"));
        m_from->setTimeSpec(Qt::UTC);
        m_from->setDateTime(now.addDays(-7));
        m_from->setCalendarPopup(true);
        m_to->setObjectName(QStringLiteral("prtgHistoryTo"));
        m_to->setTimeSpec(Qt::UTC);
        m_to->setDateTime(now);
        m_to->setCalendarPopup(true);
        auto *form = new QFormLayout(this);
        form->addRow(QString(), m_history);
        form->addRow(PrtgImportWizard::tr("From (UTC):"), m_from);
        form->addRow(PrtgImportWizard::tr("To (UTC):"), m_to);
        auto sync = [this] {
            m_from->setEnabled(m_history->isChecked());
            m_to->setEnabled(m_history->isChecked());
        };
        connect(m_history, &QCheckBox::toggled, this, sync);
        sync();
    }

    [[nodiscard]] Prtg::ApplyOptions options() const
    {
        Prtg::ApplyOptions o;
        o.importHistory = m_history->isChecked();
        o.from = m_from->dateTime().toUTC();
        o.to = m_to->dateTime().toUTC();
        o.avgSeconds = 3600;
        return o;
    }

private:
    QCheckBox *m_history = new QCheckBox(PrtgImportWizard::tr("Import the history of the translated sensors into "
                                                              "the metrics store (hourly averages)"),
                                         this);
    QDateTimeEdit *m_from = new QDateTimeEdit(this);
    QDateTimeEdit *m_to = new QDateTimeEdit(this);
};

/// Runs the import with progress and cancel, then shows the report.
class RunPage final : public QWizardPage
{
public:
    RunPage(PrtgImportWizard *wizard, PrtgImportSession *session, HistoryPage *history)
        : m_wizard(wizard)
        , m_session(session)
        , m_history(history)
    {
        setTitle(PrtgImportWizard::tr("Import"));
        setFinalPage(true);
        m_progress->setObjectName(QStringLiteral("prtgProgress"));
        m_cancel->setObjectName(QStringLiteral("prtgCancel"));
        m_report->setObjectName(QStringLiteral("prtgReport"));
        m_report->setReadOnly(true);
        auto *row = new QHBoxLayout;
        row->addWidget(m_progress, 1);
        row->addWidget(m_cancel);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(row);
        layout->addWidget(m_status);
        layout->addWidget(m_report, 1);
        connect(m_cancel, &QPushButton::clicked, m_session, &PrtgImportSession::cancel);
        connect(m_session, &PrtgImportSession::progress, this, [this](const QString &, int step, int steps) {
            m_progress->setRange(0, qMax(1, steps));
            m_progress->setValue(step);
        });
        connect(m_session, &PrtgImportSession::finished, this, [this](const Result<Prtg::ImportReport> &report) {
            m_cancel->setEnabled(false);
            m_done = true;
            m_progress->setRange(0, 1);
            m_progress->setValue(1);
            if (!report) {
                m_status->setText(report.error().code == ErrorCode::Cancelled
                                      ? PrtgImportWizard::tr("The import was cancelled; nothing was recorded.")
                                      : PrtgImportWizard::tr("The import failed: %1").arg(report.error().detail));
            } else {
                m_wizard->setReport(*report);
                m_status->setText(PrtgImportWizard::tr("The import is complete."));
                m_report->setPlainText(PrtgImportWizard::reportText(*report));
            }
            emit completeChanged();
        });
    }

    void initializePage() override
    {
        m_done = false;
        m_report->clear();
        m_cancel->setEnabled(true);
        m_progress->setRange(0, 0);
        m_status->setText(PrtgImportWizard::tr("Importing…"));
        m_session->apply(m_wizard->plan(), m_wizard->selectedDevices(), m_history->options());
    }

    bool isComplete() const override { return m_done; }

private:
    PrtgImportWizard *m_wizard;
    PrtgImportSession *m_session;
    HistoryPage *m_history;
    QProgressBar *m_progress = new QProgressBar(this);
    QPushButton *m_cancel = new QPushButton(PrtgImportWizard::tr("Cancel import"), this);
    QLabel *m_status = new QLabel(this);
    QPlainTextEdit *m_report = new QPlainTextEdit(this);
    bool m_done = false;
};

} // namespace

PrtgImportWizard::PrtgImportWizard(PrtgImportSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setWindowTitle(tr("Import from PRTG"));
    setOption(QWizard::NoBackButtonOnLastPage, true);
    auto *history = new HistoryPage(session);
    setPage(ConnectPageId, new ConnectPage(this, session));
    setPage(SelectPageId, new SelectPage(this));
    setPage(MappingPageId, new MappingPage(this, session));
    setPage(SensorsPageId, new SensorsPage(this));
    setPage(HistoryPageId, history);
    setPage(RunPageId, new RunPage(this, session, history));
    connect(this, &QWizard::rejected, session, &PrtgImportSession::cancel);
}

PrtgImportWizard::~PrtgImportWizard() = default;

QString PrtgImportWizard::pollKindText(Prtg::PollKind kind)
{
    switch (kind) {
    case Prtg::PollKind::IcmpPing: return tr("ICMP ping");
    case Prtg::PollKind::SnmpInterfaceTraffic: return tr("SNMP interface traffic");
    case Prtg::PollKind::SnmpCustomOid: return tr("SNMP custom OID");
    }
    return {};
}

QString PrtgImportWizard::reportText(const Prtg::ImportReport &report)
{
    QStringList lines;
    lines << tr("Imported: %n polling definition(s)", nullptr, int(report.imported.size()));
    for (const Prtg::PollingDefinition &d : report.imported)
        lines << tr("  %1 on %2: %3").arg(d.name, d.deviceName, pollKindText(d.kind));
    lines << tr("Mapped: %n device(s)", nullptr, int(report.mapped.size()));
    for (const Prtg::DeviceMapping &m : report.mapped)
        lines << tr("  %1 → %2 (%3)").arg(m.prtgName, m.deviceName, methodText(m.method));
    lines << tr("Skipped: %n item(s)", nullptr, int(report.skipped.size()));
    for (const Prtg::SkippedItem &s : report.skipped) {
        const QString kind = s.kind == QLatin1String("device") ? tr("device") : tr("sensor");
        lines << tr("  %1 %2 (%3): %4").arg(kind, s.name).arg(s.prtgId).arg(s.reason);
    }
    if (report.historySensors > 0)
        lines << tr("History: %n sample(s)", nullptr, int(qMin<qint64>(report.historySamples, INT_MAX)))
                     + QLatin1Char(' ') + tr("from %n sensor(s)", nullptr, report.historySensors);
    return lines.join(QLatin1Char('\n'));
}

} // namespace OpsDeck::Widgets
