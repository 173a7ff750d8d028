// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QFile>
#include <QImage>
#include <QPrinter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/rack/rackplanmodel.h"
#include "tests/models/rack/rackdemo.h"
#include "widgets/rack/rackexporter.h"

using namespace OpsDeck;
using Widgets::RackExporter;
using Widgets::RackPicture;

namespace {

// Pages of a PDF: its page objects ("/Type /Page", not "/Pages").
int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(file.readAll());
    return int(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![s\\w])"))));
}

} // namespace

class TestRackExporter : public QObject
{
    Q_OBJECT

private:
    Test::RackDemo m_demo;
    Models::RackPlanModel m_model;
    QList<RackPicture> m_racks; // every rack of DC-AMS1
    QTemporaryDir m_out;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_demo.open(1));
        auto store = Store::Store::openSqlite(m_demo.storePath);
        QVERIFY(store);
        qint64 site = 0;
        const auto sites = store.value()->sites(); // keep the result alive for the loop
        for (const Domain::Site &s : sites.value()) {
            if (s.name == QLatin1String("DC-AMS1"))
                site = s.id;
        }
        Models::RackSiteData data;
        QVERIFY(m_demo.load(&data, site));
        m_model.setSiteData(data);
        // A reservation, so the hatching is exported too.
        QVERIFY(m_model.reserveUnits(data.racks.first().id, {5}, QStringLiteral("Spare")).ok());
        for (const Domain::Rack &r : data.racks)
            m_racks << RackPicture::fromModel(m_model, r.id, Models::RackColouring::Role);
        QCOMPARE(m_racks.size(), qsizetype(11));
    }

    void pdfPageCount_data()
    {
        QTest::addColumn<int>("racks");
        QTest::addColumn<int>("perPage");
        QTest::addColumn<int>("pages");
        QTest::newRow("one rack") << 1 << 1 << 1;
        QTest::newRow("three racks") << 3 << 1 << 3;
        QTest::newRow("ten racks two per page") << 10 << 2 << 5;
        QTest::newRow("ten racks four per page") << 10 << 4 << 3;
    }

    void pdfPageCount()
    {
        QFETCH(int, racks);
        QFETCH(int, perPage);
        QFETCH(int, pages);
        const QString path = m_out.filePath(QStringLiteral("racks-%1-%2.pdf").arg(racks).arg(perPage));
        Widgets::RackPageOptions options;
        options.racksPerPage = perPage;
        options.title = QStringLiteral("DC-AMS1");
        int progressed = 0;
        const Status s = RackExporter::writePdf(path, m_racks.mid(0, racks), options, [&](int done) {
            progressed = done;
            return true;
        });
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        QCOMPARE(progressed, racks);
        QCOMPARE(RackExporter::pageCount(racks, perPage), pages);
        QCOMPARE(pdfPages(path), pages);
    }

    void letterLandscape()
    {
        const QString path = m_out.filePath(QStringLiteral("letter.pdf"));
        Widgets::RackPageOptions options;
        options.pageSize = QPageSize(QPageSize::Letter);
        options.orientation = QPageLayout::Landscape;
        options.racksPerPage = 2;
        QVERIFY(RackExporter::writePdf(path, m_racks.mid(0, 4), options));
        QCOMPARE(pdfPages(path), 2);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        // Letter landscape: 792 x 612 points.
        const QString pdf = QString::fromLatin1(f.readAll());
        QVERIFY(pdf.contains(QRegularExpression(QStringLiteral("/MediaBox \\[0 0 792(\\.0+)? 612(\\.0+)?\\]"))));
    }

    void svgHoldsEveryLabel()
    {
        const QString path = m_out.filePath(QStringLiteral("racks.svg"));
        const QList<RackPicture> set = m_racks.mid(0, 4);
        QVERIFY(RackExporter::writeSvg(path, set));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        int labels = 0;
        for (const RackPicture &rack : set) {
            QVERIFY2(svg.contains(QLatin1Char('>') + rack.geometry.rack.name + QLatin1Char('<')), qPrintable(rack.geometry.rack.name));
            for (const Widgets::DevicePicture &d : rack.devices) {
                QVERIFY2(svg.contains(QLatin1Char('>') + d.device.name + QLatin1Char('<')), qPrintable(d.device.name));
                ++labels;
                for (const Domain::Device &child : d.children) {
                    QVERIFY2(svg.contains(QLatin1Char('>') + child.name + QLatin1Char('<')), qPrintable(child.name));
                    ++labels;
                }
            }
        }
        QVERIFY(labels >= 80); // the network rack and three row racks
        QVERIFY(svg.contains(QStringLiteral("Reserved: Spare")));
        QVERIFY(svg.contains(QStringLiteral("Colour by role:")));
    }

    void png()
    {
        const QString path = m_out.filePath(QStringLiteral("rack.png"));
        QVERIFY(RackExporter::writePng(path, m_racks.mid(0, 1), 2.0));
        QImage image(path);
        QVERIFY(!image.isNull());
        const QSizeF logical = m_racks.first().geometry.bounds().size();
        QVERIFY(image.width() >= logical.width() * 2);
        // The first server's role colour is on the image at its stripe.
        const RackPicture &rack = m_racks.first();
        for (const Widgets::DevicePicture &d : rack.devices) {
            if (d.device.roleName == QLatin1String("Server") && d.device.position > 0 && d.children.isEmpty()) {
                const QRectF r = rack.geometry.deviceRect(d.device.face == QLatin1String("rear"), d.device.position, d.device.uHeight);
                const QColor px = image.pixelColor(int((r.left() + 4) * 2), int(r.center().y() * 2));
                QCOMPARE(px.name(), d.fill.name());
                break;
            }
        }
    }

    void printerInPdfFormat()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_out.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageOrientation(QPageLayout::Portrait);
        QVERIFY(RackExporter::renderPages(&printer, m_racks.mid(0, 3), 1, QStringLiteral("print")));
        QCOMPARE(pdfPages(path), 3);
    }

    void cancelAndAsync()
    {
        const QString path = m_out.filePath(QStringLiteral("cancelled.pdf"));
        const Status s = RackExporter::writePdf(path, m_racks, {}, [](int done) { return done < 2; });
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Cancelled);
        QCOMPARE(RackExporter::writeSvg(m_out.filePath(QStringLiteral("x.svg")), {}).error().code, ErrorCode::InvalidInput);

        RackExporter exporter;
        QSignalSpy progress(&exporter, &RackExporter::progress);
        QSignalSpy finished(&exporter, &RackExporter::finished);
        const QString asyncPath = m_out.filePath(QStringLiteral("async.pdf"));
        QVERIFY(exporter.start(RackExporter::Format::Pdf, asyncPath, m_racks));
        QVERIFY(exporter.isRunning());
        QVERIFY(!exporter.start(RackExporter::Format::Svg, asyncPath, m_racks)); // one at a time
        QVERIFY(finished.wait(60000));
        QVERIFY(!exporter.isRunning());
        QVERIFY(finished.first().first().value<Status>().ok());
        QCOMPARE(progress.last().at(0).toInt(), 11);
        QCOMPARE(pdfPages(asyncPath), 11);
    }
};

QTEST_MAIN(TestRackExporter)
#include "tst_rackexporter.moc"
