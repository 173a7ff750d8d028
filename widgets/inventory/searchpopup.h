// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QFrame>
#include <QPointer>
#include <QTimer>

#include "backend/domain/inventory.h"

class QLabel;
class QLineEdit;
class QListView;

namespace OpsDeck::Models {
class InventoryService;
class SearchResultModel;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

/// The global search (Ctrl+K): a popup with a query field and the hits
/// across devices, racks, sites, interfaces, IP addresses and serials. Up/Down
/// (and Page Up/Down) move through the hits from the query field, Enter jumps
/// to the current hit, Escape closes. Queries run on the inventory service's
/// worker; stale answers are dropped.
class SearchPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPopup)

public:
    SearchPopup(Models::InventoryService *service, QWidget *parent = nullptr);

    /// Shows the popup centred near the top of @p anchor with the query selected.
    void popup(QWidget *anchor);

    [[nodiscard]] QLineEdit *queryEdit() const { return m_query; }
    [[nodiscard]] QListView *resultView() const { return m_results; }
    [[nodiscard]] Models::SearchResultModel *model() const { return m_model; }

signals:
    void hitActivated(const OpsDeck::Domain::SearchHit &hit);
    /// The hits for the current query arrived (for tests and accessibility).
    void resultsReady(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runQuery();
    void activate(int row);
    void handleResults(quint64 request, const QString &text, const QList<Domain::SearchHit> &hits);

    QPointer<Models::InventoryService> m_service;
    Models::SearchResultModel *m_model;
    QLineEdit *m_query;
    QListView *m_results;
    QLabel *m_hint;
    QTimer m_debounce;
    quint64 m_request = 0;
};

} // namespace OpsDeck::Widgets
