// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWidget>

#include "models/mcp/mcpmatchmodel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace OpsDeck::Widgets {

/// The matching review of MCP network elements: the list (unmatched first,
/// optionally only those), a summary, and a manual match: pick a row, pick a
/// NetBox device, "Match"; "Clear" forgets a manual match. Failures show
/// inline. Owns its McpMatchModel, which reads the store on its own thread;
/// the list loads when the widget is created (reload() after a sync).
///
/// Thread: GUI thread.
class McpMatchReviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpMatchReviewWidget)

public:
    explicit McpMatchReviewWidget(Models::McpMatchModel::StoreOpener opener, QWidget *parent = nullptr);
    ~McpMatchReviewWidget() override;

    [[nodiscard]] Models::McpMatchModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QComboBox *deviceBox() const { return m_devices; }
    [[nodiscard]] QPushButton *matchButton() const { return m_match; }
    [[nodiscard]] QCheckBox *unmatchedOnlyBox() const { return m_unmatchedOnly; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString errorText() const;

public slots:
    void reload();

private:
    void handleLoaded();
    void handleError(const OpsDeck::Error &error);
    void updateButtons();
    void matchSelected(qint64 deviceId);
    [[nodiscard]] QString selectedElement() const;

    Models::McpMatchModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QCheckBox *m_unmatchedOnly;
    QComboBox *m_devices;
    QPushButton *m_match;
    QPushButton *m_clear;
    QLabel *m_summary;
    QLabel *m_error;
};

} // namespace OpsDeck::Widgets
