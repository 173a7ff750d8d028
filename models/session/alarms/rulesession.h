// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include "backend/alarms/alarmrules.h"
#include "backend/alarms/rulepreview.h"
#include "backend/core/result.h"

namespace OpsDeck::Models {

class JobServiceConnection;

/// One problem of a rule, for the editor: the rule key it is about
/// ("metric", "scope.device", "varBinds[0].oid"; empty when it concerns the
/// whole rule) and a translated sentence.
struct RuleProblem
{
    QString ruleId;
    QString key;
    QString message;
};

/// What a rule would have raised over stored metrics (rules.test).
struct RulePreviewResult
{
    QString ruleId;
    int hours = 0;
    int series = 0;    ///< series of the rule's metric that were read
    qint64 points = 0; ///< stored points they held
    QList<Alarms::PreviewHit> hits;
    qint64 fromMs = 0; ///< the window the service looked at, as the console asked
    qint64 toMs = 0;

    [[nodiscard]] static RulePreviewResult fromJson(const QJsonObject &json);
};

/// The console's alarm rule editing with the workspace's service: reads and
/// writes the "alarms" section of workspace.json (on a one-thread pool this
/// session owns, never the GUI thread), asks the service to reload after a
/// save (workspace.reload) and previews a rule over the stored metrics
/// (rules.test). Validation is the backend's (AlarmRulesConfig::readJson
/// and crossCheck), turned into sentences here.
///
/// Every request ends in exactly one signal: loaded()/loadFailed(),
/// saved()/saveFailed(), previewFinished()/previewFailed(). A preview asked
/// while one is under way supersedes it: the older answer is dropped.
/// Does not own the connection (which may be null: no preview, no reload).
/// GUI thread; the destructor waits for a file operation under way.
class RuleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleSession)

public:
    explicit RuleSession(JobServiceConnection *connection, QObject *parent = nullptr);
    ~RuleSession() override;

    /// Reads the "alarms" section of the workspace in @p folder.
    void load(const QString &folder);
    /// Replaces the "rules" of the workspace's "alarms" section with @p rules
    /// (every other key of the section and of the file stays as it is), then
    /// asks the service to reload. @p base is the section as loaded(): when
    /// the file's section differs by now, nothing is written (Conflict).
    void save(const QString &folder, const QJsonObject &base, const QJsonArray &rules);
    /// Asks the service what @p rule would have raised in the last @p hours.
    void preview(const Alarms::AlarmRule &rule, int hours = 24);
    /// Drops the answer of the preview under way, if any.
    void cancelPreview();
    [[nodiscard]] bool isPreviewing() const { return m_previewing; }

    /// The problems of one rule on its own: its keys, then what holds
    /// across them (a threshold needs a metric and one level, ...).
    [[nodiscard]] static QList<RuleProblem> checkRule(const Alarms::AlarmRule &rule);
    /// The problems of the workspace's rules as a whole: @p rules over the
    /// built-in defaults (ids unique, overrides keep their kind, ...).
    [[nodiscard]] static QList<RuleProblem> checkRules(const QJsonArray &rules);
    /// The effective rule of a rule object of the file over @p base (a
    /// built-in default of the same id or a fresh rule), with its problems.
    [[nodiscard]] static Alarms::AlarmRule readRule(const QJsonObject &json, const Alarms::AlarmRule *base,
                                                    QList<RuleProblem> *problems = nullptr);
    /// One translated sentence for a failed request.
    [[nodiscard]] static QString loadErrorText(const Error &error);
    [[nodiscard]] static QString saveErrorText(const Error &error);
    [[nodiscard]] static QString previewErrorText(const Error &error);

signals:
    void loaded(const QJsonObject &alarms);
    void loadFailed(const OpsDeck::Error &error);
    /// Written; @p applied when the service took the rules, else
    /// @p problem says why not (translated).
    void saved(bool applied, const QString &problem);
    void saveFailed(const OpsDeck::Error &error);
    void previewFinished(const OpsDeck::Models::RulePreviewResult &result);
    void previewFailed(const OpsDeck::Error &error);

private:
    [[nodiscard]] bool connected() const;

    QPointer<JobServiceConnection> m_connection;
    QThreadPool m_files;
    quint64 m_previewGeneration = 0;
    bool m_previewing = false;
};

} // namespace OpsDeck::Models

Q_DECLARE_METATYPE(OpsDeck::Models::RulePreviewResult)
