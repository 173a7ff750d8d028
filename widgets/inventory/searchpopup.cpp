// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/inventory/searchpopup.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include "models/inventory/searchresultmodel.h"
#include "models/session/inventory/inventoryservice.h"

namespace OpsDeck::Widgets {

namespace {

/// Two-line hit rows: the label, and the kind with its context below.
class HitDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int line = option.fontMetrics.height();
        return {option.rect.width(), line * 2 + line / 2 + 6};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette &pal = opt.palette;
        const int line = opt.fontMetrics.height();
        const QRect r = opt.rect.adjusted(line / 2, 3, -line / 2, -3);
        painter->save();
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(r.left(), r.top(), r.width(), line + 2), Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(Qt::DisplayRole).toString());
        painter->setFont(opt.font);
        QColor dim = pal.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(dim);
        const QString second = QStringLiteral("%1   %2").arg(
            index.data(Models::SearchResultModel::KindTextRole).toString(),
            index.data(Models::SearchResultModel::DetailRole).toString());
        painter->drawText(QRect(r.left(), r.top() + line + 2, r.width(), line + 2), Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(second, Qt::ElideRight, r.width()));
        painter->restore();
    }
};

} // namespace

SearchPopup::SearchPopup(Models::InventoryService *service, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_service(service)
    , m_model(new Models::SearchResultModel(this))
    , m_query(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_hint(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Search"));
    m_query->setPlaceholderText(tr("Search devices, racks, sites, interfaces, IP addresses, serials…"));
    m_query->setAccessibleName(tr("Search query"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_results->setModel(m_model);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_hint->setEnabled(false);
    m_hint->setText(tr("↑↓ to choose · Enter to jump · Esc to close"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_hint);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPopup::runQuery);
    connect(m_query, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex &index) { activate(index.row()); });
    if (m_service)
        connect(m_service, &Models::InventoryService::searchFinished, this, &SearchPopup::handleResults);
}

void SearchPopup::popup(QWidget *anchor)
{
    const QFontMetrics fm = fontMetrics();
    const QSize size(std::min(anchor->width() - 40, fm.horizontalAdvance(u'M') * 48), fm.height() * 26);
    resize(size);
    const QPoint topLeft = anchor->mapToGlobal(QPoint((anchor->width() - size.width()) / 2, fm.height() * 4));
    move(topLeft);
    show();
    raise();
    activateWindow();
    m_query->setFocus(Qt::PopupFocusReason);
    m_query->selectAll();
}

void SearchPopup::runQuery()
{
    const QString text = m_query->text().trimmed();
    if (text.isEmpty() || !m_service) {
        m_request = 0;
        m_model->clear();
        emit resultsReady(0);
        return;
    }
    m_request = m_service->search(text);
}

void SearchPopup::handleResults(quint64 request, const QString &, const QList<Domain::SearchHit> &hits)
{
    if (request != m_request)
        return;
    m_model->setHits(hits);
    if (!hits.isEmpty())
        m_results->setCurrentIndex(m_model->index(0));
    emit resultsReady(int(hits.size()));
}

void SearchPopup::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Domain::SearchHit hit = m_model->hit(row);
    hide();
    emit hitActivated(hit);
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        const int current = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
        const int page = std::max(1, m_results->height() / std::max(1, m_results->sizeHintForRow(0)));
        int next = current;
        switch (key->key()) {
        case Qt::Key_Down:
            next = std::min(rows - 1, current + 1);
            break;
        case Qt::Key_Up:
            next = std::max(0, current - 1);
            break;
        case Qt::Key_PageDown:
            next = std::min(rows - 1, current + page);
            break;
        case Qt::Key_PageUp:
            next = std::max(0, current - page);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce.isActive()) {
                // Enter before the hits arrived: run now, jump to the first.
                m_debounce.stop();
                runQuery();
                connect(this, &SearchPopup::resultsReady, this, [this](int count) {
                    if (count > 0)
                        activate(0);
                }, Qt::SingleShotConnection);
            } else {
                activate(current);
            }
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            return QFrame::eventFilter(watched, event);
        }
        if (rows > 0 && next >= 0) {
            m_results->setCurrentIndex(m_model->index(next));
            m_results->scrollTo(m_model->index(next));
        }
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace OpsDeck::Widgets
