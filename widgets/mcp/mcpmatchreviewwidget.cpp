// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/mcp/mcpmatchreviewwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace OpsDeck::Widgets {

using Models::McpMatchModel;

McpMatchReviewWidget::McpMatchReviewWidget(McpMatchModel::StoreOpener opener, QWidget *parent)
    : QWidget(parent)
    , m_model(new McpMatchModel(std::move(opener), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_unmatchedOnly(new QCheckBox(tr("Unmatched only"), this))
    , m_devices(new QComboBox(this))
    , m_match(new QPushButton(tr("Match"), this))
    , m_clear(new QPushButton(tr("Clear match"), this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(McpMatchModel::MatchedRole);
    m_proxy->setFilterKeyColumn(McpMatchModel::ElementColumn);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(false);

    m_devices->setEditable(true);
    m_devices->setInsertPolicy(QComboBox::NoInsert);
    m_devices->completer()->setFilterMode(Qt::MatchContains);
    m_devices->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_devices->setMinimumContentsLength(24);
    m_devices->lineEdit()->setPlaceholderText(tr("NetBox device"));
    m_error->setVisible(false);
    m_error->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_unmatchedOnly);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Match the selected element to:"), this));
    bottom->addWidget(m_devices, 1);
    bottom->addWidget(m_match);
    bottom->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_error);

    connect(m_model, &McpMatchModel::loaded, this, &McpMatchReviewWidget::handleLoaded);
    connect(m_model, &McpMatchModel::errorOccurred, this, &McpMatchReviewWidget::handleError);
    connect(m_unmatchedOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_proxy->setFilterFixedString(only ? QStringLiteral("false") : QString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &McpMatchReviewWidget::updateButtons);
    connect(m_devices, &QComboBox::currentIndexChanged, this, &McpMatchReviewWidget::updateButtons);
    connect(m_match, &QPushButton::clicked, this, [this] {
        matchSelected(m_devices->currentData().toLongLong());
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { matchSelected(0); });
    updateButtons();
    reload();
}

McpMatchReviewWidget::~McpMatchReviewWidget() = default;

void McpMatchReviewWidget::reload()
{
    m_error->setVisible(false);
    m_model->reload();
    updateButtons();
}

QString McpMatchReviewWidget::summaryText() const
{
    return m_summary->text();
}

QString McpMatchReviewWidget::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void McpMatchReviewWidget::handleLoaded()
{
    const QString keep = m_devices->currentText();
    m_devices->blockSignals(true);
    m_devices->clear();
    for (const Models::MatchableDevice &d : m_model->devices())
        m_devices->addItem(d.primaryIp.isEmpty() ? d.name : tr("%1 (%2)").arg(d.name, d.primaryIp), d.id);
    m_devices->setCurrentIndex(keep.isEmpty() ? -1 : m_devices->findText(keep));
    m_devices->blockSignals(false);
    m_summary->setText(tr("%n network element(s) matched", nullptr, m_model->matchedCount()) + QLatin1Char(' ')
                       + tr("%n to review", nullptr, m_model->unmatchedCount()));
    m_view->resizeColumnsToContents();
    updateButtons();
}

void McpMatchReviewWidget::handleError(const OpsDeck::Error &error)
{
    m_error->setText(tr("The matching could not be read or saved: %1").arg(error.detail));
    m_error->setVisible(true);
    updateButtons();
}

QString McpMatchReviewWidget::selectedElement() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(McpMatchModel::NetworkElementIdRole).toString();
}

void McpMatchReviewWidget::updateButtons()
{
    const bool selected = !selectedElement().isEmpty();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool manual = !rows.isEmpty()
                        && rows.first().data(McpMatchModel::MethodRole).toInt() == int(Mcp::MatchMethod::Manual);
    m_match->setEnabled(selected && m_devices->currentIndex() >= 0 && !m_model->isBusy());
    m_clear->setEnabled(manual && !m_model->isBusy());
}

void McpMatchReviewWidget::matchSelected(qint64 deviceId)
{
    const QString element = selectedElement();
    if (element.isEmpty())
        return;
    m_error->setVisible(false);
    m_match->setEnabled(false);
    m_clear->setEnabled(false);
    m_model->setManualMatch(element, deviceId);
}

} // namespace OpsDeck::Widgets
