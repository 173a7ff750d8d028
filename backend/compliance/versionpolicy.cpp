// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/compliance/versionpolicy.h"

#include <QJsonArray>

#include "backend/compliance/devicefacts.h"

namespace OpsDeck::Compliance {

namespace {

struct Segment
{
    QStringView text;
    bool number = false;
};

// The next digit or letter run of @p v at or after @p i, separators skipped.
bool nextSegment(QStringView v, qsizetype &i, Segment &out)
{
    while (i < v.size() && !v[i].isLetterOrNumber())
        ++i;
    if (i >= v.size())
        return false;
    const qsizetype start = i;
    out.number = v[i].isDigit();
    while (i < v.size() && v[i].isLetterOrNumber() && v[i].isDigit() == out.number)
        ++i;
    out.text = v.sliced(start, i - start);
    return true;
}

int compareNumbers(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == QLatin1Char('0'))
        a = a.sliced(1);
    while (b.size() > 1 && b.front() == QLatin1Char('0'))
        b = b.sliced(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

int sign(int v)
{
    return (v > 0) - (v < 0);
}

} // namespace

int VersionPolicy::compareVersions(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    Segment sa;
    Segment sb;
    for (;;) {
        const bool hasA = nextSegment(a, i, sa);
        const bool hasB = nextSegment(b, j, sb);
        if (!hasA || !hasB)
            return hasA ? 1 : hasB ? -1 : 0;
        if (sa.number != sb.number)
            return sa.number ? 1 : -1;
        const int c = sa.number ? compareNumbers(sa.text, sb.text) : sa.text.compare(sb.text, Qt::CaseInsensitive);
        if (c != 0)
            return sign(c);
    }
}

const VersionPolicy::Target *VersionPolicy::targetFor(const DeviceFacts &facts) const
{
    const Target *platformOnly = nullptr;
    for (const Target &t : m_targets) {
        if (t.platform.compare(facts.platform, Qt::CaseInsensitive) != 0)
            continue;
        if (!t.role.isEmpty() && t.role.compare(facts.role, Qt::CaseInsensitive) == 0)
            return &t;
        if (t.role.isEmpty() && !platformOnly)
            platformOnly = &t;
    }
    return platformOnly;
}

VersionCheck VersionPolicy::check(const DeviceFacts &facts, const QString &runningVersion) const
{
    VersionCheck out;
    out.running = runningVersion;
    const Target *t = targetFor(facts);
    if (!t) {
        out.state = CheckState::NotApplicable;
        out.detail = QStringLiteral("no version target for platform \"%1\"").arg(facts.platform);
        return out;
    }
    out.target = t->target;
    if (runningVersion.isEmpty()) {
        out.state = CheckState::Unknown;
        out.detail = QStringLiteral("running version unknown");
        return out;
    }
    if (compareVersions(runningVersion, t->target) >= 0) {
        out.state = CheckState::Compliant;
        out.detail = compareVersions(runningVersion, t->target) == 0
                         ? QStringLiteral("runs the target version")
                         : QStringLiteral("runs %1, newer than the target %2").arg(runningVersion, t->target);
        return out;
    }
    out.state = CheckState::NonCompliant;
    for (const QString &step : t->upgradePath) {
        if (compareVersions(step, runningVersion) > 0 && compareVersions(step, t->target) < 0)
            out.path << step;
    }
    out.path << t->target;
    const bool belowMinimum = !t->minimum.isEmpty() && compareVersions(runningVersion, t->minimum) < 0;
    out.severity = belowMinimum ? Severity::Critical : Severity::Minor;
    out.detail = belowMinimum ? QStringLiteral("runs %1, below the minimum %2; upgrade via %3")
                                    .arg(runningVersion, t->minimum, out.path.join(QStringLiteral(" -> ")))
                              : QStringLiteral("runs %1, target %2; upgrade via %3")
                                    .arg(runningVersion, t->target, out.path.join(QStringLiteral(" -> ")));
    return out;
}

QJsonObject VersionPolicy::toJson() const
{
    QJsonArray targets;
    for (const Target &t : m_targets) {
        QJsonObject o{{QStringLiteral("platform"), t.platform}, {QStringLiteral("target"), t.target}};
        if (!t.role.isEmpty())
            o.insert(QStringLiteral("role"), t.role);
        if (!t.minimum.isEmpty())
            o.insert(QStringLiteral("minimum"), t.minimum);
        if (!t.upgradePath.isEmpty())
            o.insert(QStringLiteral("upgrade_path"), QJsonArray::fromStringList(t.upgradePath));
        targets.append(o);
    }
    return {{QStringLiteral("targets"), targets}};
}

VersionPolicy VersionPolicy::fromJson(const QJsonObject &json, QStringList *errors)
{
    VersionPolicy policy;
    const auto report = [errors](const QString &text) {
        if (errors)
            *errors << text;
    };
    const QJsonValue list = json.value(QLatin1String("targets"));
    if (!list.isArray()) {
        report(QStringLiteral("targets: expected an array"));
        return policy;
    }
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("targets[%1]").arg(i);
        if (!array[i].isObject()) {
            report(where + QStringLiteral(": must be an object"));
            continue;
        }
        const QJsonObject o = array[i].toObject();
        Target t;
        QString error;
        const std::pair<const char *, QString *> fields[] = {
            {"platform", &t.platform}, {"role", &t.role}, {"target", &t.target}, {"minimum", &t.minimum}};
        for (const auto &[key, out] : fields) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                *out = v.toString().trimmed();
            else if (!v.isUndefined() && !v.isNull() && error.isEmpty())
                error = QStringLiteral("\"%1\": must be a string").arg(QLatin1String(key));
        }
        const QJsonValue path = o.value(QLatin1String("upgrade_path"));
        if (path.isArray()) {
            for (const QJsonValue &v : path.toArray()) {
                if (!v.isString() && error.isEmpty())
                    error = QStringLiteral("\"upgrade_path\": must be an array of strings");
                t.upgradePath << v.toString();
            }
        } else if (!path.isUndefined() && !path.isNull() && error.isEmpty()) {
            error = QStringLiteral("\"upgrade_path\": must be an array of strings");
        }
        if (error.isEmpty() && t.platform.isEmpty())
            error = QStringLiteral("\"platform\": missing");
        if (error.isEmpty() && t.target.isEmpty())
            error = QStringLiteral("\"target\": missing");
        if (error.isEmpty() && !t.minimum.isEmpty() && compareVersions(t.minimum, t.target) > 0)
            error = QStringLiteral("\"minimum\": %1 is newer than the target %2").arg(t.minimum, t.target);
        if (!error.isEmpty()) {
            report(QStringLiteral("%1: %2").arg(where, error));
            continue;
        }
        policy.addTarget(t);
    }
    return policy;
}

} // namespace OpsDeck::Compliance
