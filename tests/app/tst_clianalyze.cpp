// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// opsdeck-cli analyze: an exported series scored offline by the service's
// detector, bad rows reported by line and skipped, an output file written
// whole or not at all; no workspace and no service involved.

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "tests/app/clihome.h"
#include "tests/backend/analysis/anomalycorpus.h"

using namespace OpsDeck;

class TestCliAnalyze final : public QObject
{
    Q_OBJECT

private:
    Test::CliHome m_home;

    QString write(const QString &name, const QByteArray &text) const
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void scoresAnExportedSeries()
    {
        Test::SeriesSpec spec;
        spec.anomalies = {Test::InjectedKind::Spike};
        spec.seed = 7;
        const Test::GeneratedSeries series = Test::generateSeries(spec);
        QByteArray csv = "time,bps\n";
        for (size_t i = 0; i < series.values.size(); ++i) {
            const auto when = QDateTime::fromMSecsSinceEpoch(series.timesMs[i], QTimeZone::utc());
            csv += (i % 2 ? when.toString(Qt::ISODate) : QString::number(series.timesMs[i] / 1000)).toUtf8() + ',' +
                   QByteArray::number(series.values[i], 'f', 1) + '\n';
        }
        const QString input = write(u"traffic.csv"_qs, csv);
        const Test::CliRun r = m_home.cli({u"analyze"_qs, input});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QDir(m_home.home()).exists(u".local/share/OpsDeck"_qs)); // no workspace was made
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.takeFirst(), u"timestamp,value,anomaly_score"_qs);
        QCOMPARE(lines.size(), int(series.values.size()));
        const Test::LabelWindow &spike = series.windows.front();
        int flagged = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList fields = lines.at(i).split(u',');
            QCOMPARE(fields.size(), 3);
            const double score = fields.at(2).toDouble();
            QVERIFY(score >= 0 && score <= 1);
            const qint64 t = series.timesMs[size_t(i)];
            if (t >= spike.startMs && t <= spike.endMs) {
                QVERIFY2(score >= 0.5, qPrintable(lines.at(i)));
                ++flagged;
            }
        }
        QVERIFY(flagged > 0);
        QVERIFY2(r.err.contains(u"anomalous"_qs), qPrintable(r.err));
    }

    void badRowsAreNamedAndSkipped()
    {
        const QString input = write(u"bad.csv"_qs, "timestamp,value\n"
                                                   "2026-12-07T10:00:00Z,1\n"
                                                   "2026-12-07T10:05:00Z,lots\n"
                                                   "next tuesday,3\n"
                                                   "2026-12-07T10:15:00Z,4,5\n"
                                                   "2026-12-07T10:20:00Z,5\n");
        const Test::CliRun r = m_home.cli({u"analyze"_qs, input, u"--explain"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(input + u":3: value \"lots\" is not a number (row skipped)"_qs), qPrintable(r.err));
        QVERIFY2(r.err.contains(input + u":4: timestamp \"next tuesday\""_qs), qPrintable(r.err));
        QVERIFY2(r.err.contains(input + u":5: expected 2 fields"_qs), qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"timestamp,value,anomaly_score,expected,low,high,kind"_qs);
        QVERIFY(lines.at(1).startsWith(u"2026-12-07T10:00:00Z,1,0.0000,"_qs));
        QVERIFY(lines.at(2).startsWith(u"2026-12-07T10:20:00Z,5,"_qs));
    }

    void failuresKeepTheOutputFile()
    {
        const QString output = write(u"out.csv"_qs, "earlier results\n");
        const QString empty = write(u"empty.csv"_qs, "timestamp,value\n# nothing yet\n");
        Test::CliRun r = m_home.cli({u"analyze"_qs, empty, u"--output"_qs, output});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"holds no row"_qs), qPrintable(r.err));
        QFile kept(output);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("earlier results\n"));
        kept.close();

        r = m_home.cli({u"analyze"_qs, m_home.filePath(u"missing.csv"_qs)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"cannot read"_qs), qPrintable(r.err));
        r = m_home.cli({u"analyze"_qs, empty, u"--input"_qs, u"sometimes"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"--input takes auto, gauge or counter"_qs), qPrintable(r.err));
        r = m_home.cli({u"analyze"_qs, empty, u"--utc-offset"_qs, u"25"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"--utc-offset"_qs), qPrintable(r.err));

        // A good run replaces it; standard input works as '-'.
        r = m_home.cli({u"analyze"_qs, u"-"_qs, u"--output"_qs, output}, "1796637600,1\n1796637900,2\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(),
                 QByteArray("timestamp,value,anomaly_score\n1796637600,1,0.0000\n1796637900,2,0.0000\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "tst_clianalyze.moc"
