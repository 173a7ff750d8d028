// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDir>
#include <QFile>
#include <QHash>
#include <QString>
#include <QtGlobal>

namespace OpsDeck::Test {

/*!
    The folder where the test rig fixtures (rig_postgres, rig_snmpd, ...) write
    their connection details, from the environment variable OPSDECK_RIG_DIR that
    opsdeck_add_test() sets. Empty when the variable is not set.
*/
[[nodiscard]] inline QString rigDir()
{
    return qEnvironmentVariable("OPSDECK_RIG_DIR");
}

/*!
    Reads the KEY=VALUE lines of "<rigDir()>/<name>.env" (name is "postgres",
    "snmpd", "snmpsim", "sshd" or "xvfb"). A value is the raw rest of its line
    after the first '=', never quoted; blank lines and lines starting with '#'
    are skipped.

    Returns an empty hash when the file is missing, unreadable, malformed or
    empty, and then stores a message saying why in \a errorMessage (if given);
    on success \a errorMessage is cleared. A test requiring the fixture should
    fail with that message:

    \code
    QString error;
    const auto env = OpsDeck::Test::readRigEnv(u"postgres"_s, &error);
    QVERIFY2(!env.isEmpty(), qPrintable(error));
    \endcode
*/
[[nodiscard]] inline QHash<QString, QString> readRigEnv(const QString &name, QString *errorMessage = nullptr)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return QHash<QString, QString>();
    };
    if (errorMessage)
        errorMessage->clear();

    const QString dir = rigDir();
    if (dir.isEmpty()) {
        return fail(QStringLiteral("OPSDECK_RIG_DIR is not set: run this test through ctest, which starts "
                                   "the fixture rig_%1 first")
                        .arg(name));
    }
    const QString path = QDir(dir).filePath(name + QLatin1String(".env"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return fail(QStringLiteral("cannot read %1 (%2): the fixture rig_%3 did not start; run this test through "
                                   "ctest so that rig_%3_start runs first, and see its output for the reason")
                        .arg(path, file.errorString(), name));
    }

    QHash<QString, QString> values;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype separator = line.indexOf(u'=');
        if (separator <= 0) {
            return fail(QStringLiteral("%1:%2: expected KEY=VALUE, found \"%3\"")
                            .arg(path, QString::number(lineNumber), line));
        }
        values.insert(line.left(separator).trimmed(), line.mid(separator + 1));
    }
    if (values.isEmpty())
        return fail(QStringLiteral("%1 holds no KEY=VALUE line").arg(path));
    return values;
}

} // namespace OpsDeck::Test
