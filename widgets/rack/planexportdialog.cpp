// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/rack/planexportdialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OpsDeck::Widgets {

namespace {

QString editKindText(const Models::PlanChangeSetItem &item)
{
    if (!item.exported)
        return PlanExportDialog::tr("Not exported");
    switch (item.change.kind) {
    case Models::PlanChange::Kind::Move:
    case Models::PlanChange::Kind::Unmount:
        return PlanExportDialog::tr("Device update");
    case Models::PlanChange::Kind::Add:
        return PlanExportDialog::tr("New device");
    case Models::PlanChange::Kind::Reserve:
        return PlanExportDialog::tr("New rack reservation");
    }
    return {};
}

} // namespace

PlanExportDialog::PlanExportDialog(const Models::RackSiteData &baseline, const QList<Models::PlanChange> &changes,
                                   const QList<Models::RackRole> &roles, qint64 reservationUserId, QWidget *parent)
    : QDialog(parent)
    , m_baseline(baseline)
    , m_changes(changes)
    , m_reservationUserId(reservationUserId)
    , m_list(new QTreeWidget)
    , m_role(new QComboBox)
    , m_status(new QComboBox)
    , m_summary(new QLabel)
    , m_notes(new QLabel)
{
    setObjectName(QStringLiteral("planExportDialog"));
    setWindowTitle(tr("Send Plan to NetBox Changes"));

    m_list->setObjectName(QStringLiteral("planExportChanges"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels({tr("Change"), tr("In NetBox")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_role->setObjectName(QStringLiteral("planExportRole"));
    m_role->addItem(tr("Choose a role…"), qint64(0));
    for (const Models::RackRole &r : roles)
        m_role->addItem(r.name, r.id);
    m_status->setObjectName(QStringLiteral("planExportStatus"));
    m_status->addItem(tr("Planned"), QStringLiteral("planned"));
    m_status->addItem(tr("Staged"), QStringLiteral("staged"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));

    const bool adds = std::any_of(changes.cbegin(), changes.cend(),
                                  [](const Models::PlanChange &c) { return c.kind == Models::PlanChange::Kind::Add; });
    m_role->setEnabled(adds);
    m_status->setEnabled(adds);
    auto *form = new QFormLayout;
    form->addRow(tr("Role of new devices:"), m_role);
    form->addRow(tr("Status of new devices:"), m_status);

    m_summary->setObjectName(QStringLiteral("planExportSummary"));
    m_notes->setObjectName(QStringLiteral("planExportNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setStyleSheet(QStringLiteral("color: #8d5a00;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add to NetBox Changes"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The plan adds these edits to the change set; nothing is written to NetBox "
                                    "until the change set is pushed.")));
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &PlanExportDialog::rebuild);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PlanExportDialog::rebuild);
    resize(640, 420);
    rebuild();
}

PlanExportDialog::~PlanExportDialog() = default;

Models::PlanChangeSetOptions PlanExportDialog::options() const
{
    Models::PlanChangeSetOptions o;
    o.roleId = m_role->currentData().toLongLong();
    o.status = m_status->currentData().toString();
    o.reservationUserId = m_reservationUserId;
    return o;
}

void PlanExportDialog::setRole(qint64 roleId)
{
    const int index = m_role->findData(roleId);
    if (index >= 0)
        m_role->setCurrentIndex(index);
}

void PlanExportDialog::setStatus(const QString &status)
{
    const int index = m_status->findData(status);
    if (index >= 0)
        m_status->setCurrentIndex(index);
}

void PlanExportDialog::setPreviouslySent(int edits)
{
    m_previouslySent = edits;
    rebuild();
}

void PlanExportDialog::rebuild()
{
    m_changeSet = Models::PlanChangeSet::build(m_baseline, m_changes, options());
    m_list->clear();
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    for (const Models::PlanChangeSetItem &item : std::as_const(m_changeSet.items)) {
        auto *row = new QTreeWidgetItem(m_list, {item.text, editKindText(item)});
        if (!item.note.isEmpty()) {
            row->setToolTip(0, item.note);
            row->setToolTip(1, item.note);
        }
        if (!item.exported) {
            row->setForeground(0, muted);
            row->setForeground(1, muted);
        }
    }
    m_summary->setText(tr("%n edit(s) will be added to NetBox Changes.", nullptr, int(m_changeSet.edits.size())));
    QStringList notes;
    if (m_previouslySent > 0)
        notes << tr("%n edit(s) of this plan were sent before: remove them from NetBox Changes first, or new devices "
                    "and reservations are created twice.",
                    nullptr, m_previouslySent);
    notes << m_changeSet.notes;
    for (QString &n : notes)
        n.prepend(QStringLiteral("• "));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_ok->setEnabled(!m_changeSet.edits.isEmpty());
}

} // namespace OpsDeck::Widgets
