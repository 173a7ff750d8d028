// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
//
// alarms list|show|ack|shelve|unshelve|clear, rules list, notifications.
#include <cstdio>

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/cli.h"

namespace OpsDeck::Cli {

namespace {

Result<QJsonValue> call(Ipc::IpcClient &client, const QString &method, const QJsonObject &params = {})
{
    return client.callBlocking(method, params, 30000);
}

QString flags(const QJsonObject &a)
{
    QStringList out;
    if (a.value(QStringLiteral("acknowledged")).toBool())
        out << QStringLiteral("ack");
    if (!a.value(QStringLiteral("shelvedUntil")).toString().isEmpty())
        out << QStringLiteral("shelved");
    if (a.value(QStringLiteral("inMaintenance")).toBool())
        out << QStringLiteral("maint");
    if (a.value(QStringLiteral("flapping")).toBool())
        out << QStringLiteral("flapping");
    if (a.value(QStringLiteral("rootCause")).toInteger() > 0)
        out << QStringLiteral("symptom of %1").arg(a.value(QStringLiteral("rootCause")).toInteger());
    if (a.value(QStringLiteral("symptoms")).toInt() > 0)
        out << QStringLiteral("%1 behind it").arg(a.value(QStringLiteral("symptoms")).toInt());
    return out.join(QStringLiteral(", "));
}

int listAlarms(Ipc::IpcClient &client)
{
    auto r = call(client, QStringLiteral("alarm.list"));
    if (!r)
        return fail(r.error().detail);
    const QJsonArray alarms = r->toArray();
    if (alarms.isEmpty()) {
        printLine(QStringLiteral("no active alarms"));
        return 0;
    }
    for (const QJsonValue &v : alarms) {
        const QJsonObject a = v.toObject();
        std::printf("%6lld  %-8s  %-20s  %-20s  %s%s\n", qint64(a.value(QStringLiteral("id")).toInteger()),
                    qPrintable(a.value(QStringLiteral("severity")).toString()),
                    qPrintable(a.value(QStringLiteral("device")).toString()),
                    qPrintable(a.value(QStringLiteral("lastRaised")).toString().left(19)),
                    qPrintable(a.value(QStringLiteral("summary")).toString()),
                    qPrintable(flags(a).isEmpty() ? QString() : QStringLiteral("  [%1]").arg(flags(a))));
    }
    return 0;
}

/// ack, shelve, unshelve and clear: the alarm as it is after the action.
int alarmAction(const Invocation &cli, Ipc::IpcClient &client, const QString &verb)
{
    const Options &o = cli.options;
    bool ok = false;
    const qint64 id = cli.word(2).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(QStringLiteral("alarms %1 needs an alarm number (see alarms list)").arg(verb));
    QJsonObject params{{QStringLiteral("id"), id}, {QStringLiteral("comment"), o.value(o.comment)}};
    if (verb == u"shelve") {
        if (o.isSet(o.minutes))
            params.insert(QStringLiteral("minutes"), o.value(o.minutes).toDouble());
        else if (o.isSet(o.until))
            params.insert(QStringLiteral("until"), o.value(o.until));
        else
            return fail(QStringLiteral("alarms shelve needs --minutes N or --until TIME"));
    }
    auto r = call(client, QStringLiteral("alarm.") + verb, params);
    if (!r)
        return fail(r.error().detail);
    print(*r);
    return 0;
}

/// alarms maintenance list|add|remove.
int maintenance(const Invocation &cli, Ipc::IpcClient &client)
{
    const Options &o = cli.options;
    const QString verb = cli.word(2);
    if (verb.isEmpty() || verb == u"list") {
        auto r = call(client, QStringLiteral("maintenance.list"));
        if (!r)
            return fail(r.error().detail);
        const QJsonArray windows = r->toArray();
        if (windows.isEmpty())
            printLine(QStringLiteral("no maintenance windows"));
        for (const QJsonValue &v : windows) {
            const QJsonObject w = v.toObject();
            QStringList scope;
            for (const char *key : {"device", "site", "role", "tag"}) {
                const QString value = w.value(QLatin1String(key)).toString();
                if (!value.isEmpty())
                    scope << QStringLiteral("%1 %2").arg(QLatin1String(key), value);
            }
            std::printf("%-18s  %s .. %s  %-24s  %s\n", qPrintable(w.value(QStringLiteral("id")).toString()),
                        qPrintable(w.value(QStringLiteral("start")).toString()),
                        qPrintable(w.value(QStringLiteral("end")).toString()), qPrintable(scope.join(u", ")),
                        qPrintable(w.value(QStringLiteral("comment")).toString()));
        }
        return 0;
    }
    if (verb == u"remove") {
        if (cli.word(3).isEmpty())
            return fail(
                QStringLiteral("alarms maintenance remove needs the window's id (see alarms maintenance list)"));
        auto r = call(client, QStringLiteral("maintenance.remove"), {{QStringLiteral("id"), cli.word(3)}});
        if (!r)
            return fail(r.error().detail);
        printLine(QStringLiteral("removed %1").arg(cli.word(3)));
        return 0;
    }
    if (verb != u"add")
        return fail(QStringLiteral("alarms maintenance takes list, add or remove"));
    QJsonObject params{{QStringLiteral("comment"), o.value(o.comment)}};
    const std::pair<const QCommandLineOption *, const char *> scope[] = {
        {&o.device, "device"}, {&o.site, "site"}, {&o.role, "role"}, {&o.tag, "tag"}};
    for (const auto &[option, key] : scope) {
        if (o.isSet(*option))
            params.insert(QLatin1String(key), o.value(*option));
    }
    if (o.isSet(o.minutes))
        params.insert(QStringLiteral("minutes"), o.value(o.minutes).toInt());
    else if (o.isSet(o.until))
        params.insert(QStringLiteral("end"), o.value(o.until));
    else
        return fail(QStringLiteral("alarms maintenance add needs --minutes N or --until TIME"));
    auto r = call(client, QStringLiteral("maintenance.set"), params);
    if (!r)
        return fail(r.error().detail);
    print(*r);
    return 0;
}

/// rules test: the hits, one line each, then a count.
int testRule(const Invocation &cli, Ipc::IpcClient &client)
{
    const Options &o = cli.options;
    const QString what = cli.word(2);
    if (what.isEmpty())
        return fail(QStringLiteral("rules test needs a rule id, a rule as JSON, or @FILE"));
    QJsonValue rule = what;
    if (what.startsWith(QLatin1Char('{')) || what.startsWith(QLatin1Char('@'))) {
        auto parsed = parseJsonArgument(what);
        if (!parsed)
            return fail(parsed.error().detail);
        if (!parsed->isObject())
            return fail(QStringLiteral("rules test takes one rule as a JSON object"));
        rule = *parsed;
    }
    QJsonObject params{{QStringLiteral("rule"), rule}};
    if (o.isSet(o.hours)) {
        bool ok = false;
        params.insert(QStringLiteral("hours"), o.value(o.hours).toInt(&ok));
        if (!ok)
            return fail(QStringLiteral("--hours takes a whole number of hours"));
    }
    auto r = client.callBlocking(QStringLiteral("rules.test"), params, 120000);
    if (!r)
        return fail(r.error().detail);
    const QJsonObject answer = r->toObject();
    const QJsonArray hits = answer.value(QStringLiteral("hits")).toArray();
    for (const QJsonValue &v : hits) {
        const QJsonObject h = v.toObject();
        const QString cleared = h.value(QStringLiteral("cleared")).toString();
        std::printf("%-20s  %-24s  %s .. %s  %s\n", qPrintable(h.value(QStringLiteral("device")).toString()),
                    qPrintable(h.value(QStringLiteral("object")).toString()),
                    qPrintable(h.value(QStringLiteral("raised")).toString()),
                    qPrintable(cleared.isEmpty() ? QStringLiteral("(still active)") : cleared),
                    qPrintable(h.value(QStringLiteral("summary")).toString()));
    }
    std::printf("%lld alarm(s) over %d hour(s): %d series, %lld points\n", qint64(hits.size()),
                answer.value(QStringLiteral("hours")).toInt(), answer.value(QStringLiteral("series")).toInt(),
                qint64(answer.value(QStringLiteral("points")).toInteger()));
    return 0;
}

} // namespace

int runAlarmCommand(const Invocation &cli, Ipc::IpcClient &client)
{
    const QString command = cli.word(0);
    const QString verb = cli.word(1);
    if (command == u"rules" && verb == u"test")
        return testRule(cli, client);
    if (command == u"rules") {
        if (verb != u"list")
            return fail(QStringLiteral("rules takes list or test"));
        auto r = call(client, QStringLiteral("rules.list"));
        if (!r)
            return fail(r.error().detail);
        print(*r);
        return r->toObject().value(QStringLiteral("problems")).toArray().isEmpty() ? 0 : 2;
    }
    if (command == u"notifications") {
        auto r = call(client, QStringLiteral("notify.status"));
        if (!r)
            return fail(r.error().detail);
        print(*r);
        return 0;
    }
    if (verb.isEmpty() || verb == u"list")
        return listAlarms(client);
    if (verb == u"maintenance")
        return maintenance(cli, client);
    if (verb == u"history") {
        if (cli.word(2).isEmpty())
            return fail(QStringLiteral("alarms history needs a device name"));
        auto r = call(client, QStringLiteral("alarm.history"), {{QStringLiteral("device"), cli.word(2)}});
        if (!r)
            return fail(r.error().detail);
        const QJsonArray alarms = r->toArray();
        if (alarms.isEmpty())
            printLine(QStringLiteral("no alarms for %1").arg(cli.word(2)));
        for (const QJsonValue &v : alarms) {
            const QJsonObject a = v.toObject();
            const QString cleared = a.value(QStringLiteral("cleared")).toString();
            std::printf("%6lld  %-8s  %s .. %-19s  %s\n", qint64(a.value(QStringLiteral("id")).toInteger()),
                        qPrintable(a.value(QStringLiteral("severity")).toString()),
                        qPrintable(a.value(QStringLiteral("lastRaised")).toString().left(19)),
                        qPrintable(cleared.isEmpty() ? QStringLiteral("(active)") : cleared.left(19)),
                        qPrintable(a.value(QStringLiteral("summary")).toString()));
        }
        return 0;
    }
    if (verb == u"show") {
        bool ok = false;
        const qint64 id = cli.word(2).toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("alarms show needs an alarm number"));
        auto r = call(client, QStringLiteral("alarm.get"), {{QStringLiteral("id"), id}});
        if (!r)
            return fail(r.error().detail);
        print(*r);
        return 0;
    }
    static const QStringList actions{QStringLiteral("ack"), QStringLiteral("shelve"), QStringLiteral("unshelve"),
                                     QStringLiteral("clear")};
    if (actions.contains(verb))
        return alarmAction(cli, client, verb);
    return fail(QStringLiteral("alarms takes list, show, history, ack, shelve, unshelve, clear or maintenance"));
}

} // namespace OpsDeck::Cli
