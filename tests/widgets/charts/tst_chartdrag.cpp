// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// A chart's mouse drag without a widget: which press starts which drag, how
// far a pan moves the range, and when a released selection counts.

#include <QTest>

#include "widgets/charts/chartdrag.h"

using OpsDeck::Widgets::ChartDrag;

namespace {

constexpr qint64 kFrom = 1'700'000'000'000;
constexpr qint64 kTo = kFrom + 3'600'000;

} // namespace

class TestChartDrag final : public QObject
{
    Q_OBJECT

private slots:
    void pressStartsTheRightDrag_data();
    void pressStartsTheRightDrag();
    void panFollowsThePointer();
    void selectionNeedsFivePixels_data();
    void selectionNeedsFivePixels();
};

void TestChartDrag::pressStartsTheRightDrag_data()
{
    QTest::addColumn<Qt::MouseButton>("button");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<ChartDrag::Kind>("kind");

    QTest::newRow("left selects") << Qt::LeftButton << Qt::KeyboardModifiers() << ChartDrag::Kind::Select;
    QTest::newRow("shift+left pans") << Qt::LeftButton << Qt::KeyboardModifiers(Qt::ShiftModifier)
                                     << ChartDrag::Kind::Pan;
    QTest::newRow("middle pans") << Qt::MiddleButton << Qt::KeyboardModifiers() << ChartDrag::Kind::Pan;
    QTest::newRow("right does nothing") << Qt::RightButton << Qt::KeyboardModifiers() << ChartDrag::Kind::None;
}

void TestChartDrag::pressStartsTheRightDrag()
{
    QFETCH(Qt::MouseButton, button);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(ChartDrag::Kind, kind);
    ChartDrag drag;
    QCOMPARE(drag.press(QPoint(100, 50), button, modifiers, kFrom, kTo), kind);
    QCOMPARE(drag.kind(), kind);
    QCOMPARE(drag.startPos(), QPoint(100, 50));
    QCOMPARE(drag.currentPos(), QPoint(100, 50));
}

void TestChartDrag::panFollowsThePointer()
{
    ChartDrag drag;
    drag.press(QPoint(400, 50), Qt::MiddleButton, {}, kFrom, kTo);
    // A quarter of a 1000-pixel plot to the right: a quarter of the span back in time.
    const auto [from, to] = drag.pannedRange(650, 1000);
    QCOMPARE(from, kFrom - (kTo - kFrom) / 4);
    QCOMPARE(to, kTo - (kTo - kFrom) / 4);
    // Measured from the start, not from the last move.
    QCOMPARE(drag.pannedRange(400, 1000), std::pair(kFrom, kTo));
    QVERIFY(!drag.release(650));
    QCOMPARE(drag.kind(), ChartDrag::Kind::None);
}

void TestChartDrag::selectionNeedsFivePixels_data()
{
    QTest::addColumn<int>("releaseX");
    QTest::addColumn<bool>("selects");

    QTest::newRow("four to the right") << 204 << false;
    QTest::newRow("five to the right") << 205 << true;
    QTest::newRow("five to the left") << 195 << true;
    QTest::newRow("far to the left") << 20 << true;
}

void TestChartDrag::selectionNeedsFivePixels()
{
    QFETCH(int, releaseX);
    QFETCH(bool, selects);
    ChartDrag drag;
    drag.press(QPoint(200, 50), Qt::LeftButton, {}, kFrom, kTo);
    drag.moveTo(QPoint(releaseX, 60));
    QCOMPARE(drag.currentPos(), QPoint(releaseX, 60));
    const auto selected = drag.release(releaseX);
    QCOMPARE(selected.has_value(), selects);
    if (selects)
        QCOMPARE(*selected, std::pair(std::min(200, releaseX), std::max(200, releaseX)));
    QCOMPARE(drag.kind(), ChartDrag::Kind::None);
}

QTEST_GUILESS_MAIN(TestChartDrag)
#include "tst_chartdrag.moc"
