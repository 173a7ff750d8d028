// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>

#include "backend/core/result.h"
#include "backend/prtg/prtgtypes.h"

namespace OpsDeck::Prtg {

/// Turns PRTG classic API bodies into value types. Prefers the `_raw`
/// columns (display values may carry HTML, which is stripped when only the
/// display form exists), accepts numbers sent as strings, and reads the
/// date forms PRTG uses: locale-formatted strings in historic data
/// ("6/1/2018 12:04:36 AM", "01.06.2018 00:04:36", ISO) and OLE Automation
/// dates ("43805.7083750231 [475 d ago]"). A body without the expected
/// envelope, or a row without an objid, gives an InvalidInput error naming
/// the row. Stateless; any thread. Server times are taken as UTC.
class PrtgParser final
{
public:
    [[nodiscard]] static Result<TablePage<Group>> parseGroups(const QByteArray &body);
    [[nodiscard]] static Result<TablePage<Device>> parseDevices(const QByteArray &body);
    [[nodiscard]] static Result<TablePage<Sensor>> parseSensors(const QByteArray &body);
    /// A table.json envelope; an error when "prtg-version" or "treesize" is missing.
    [[nodiscard]] static Result<TableCount> parseTableCount(const QByteArray &body);
    [[nodiscard]] static Result<QList<HistoryRow>> parseHistory(const QByteArray &body);
    [[nodiscard]] static Result<SensorDetails> parseSensorDetails(const QByteArray &body);
    /// getobjectproperty.htm XML: the text of <result>.
    [[nodiscard]] static Result<QString> parseObjectProperty(const QByteArray &body);
    /// The message of an error body (JSON "error", XML <error>, HTML errormsg).
    [[nodiscard]] static QString errorMessage(const QByteArray &body);

    /// A PRTG date: OLE Automation number (optionally followed by " [...]"),
    /// US "M/d/yyyy h:mm:ss AP", European "dd.MM.yyyy HH:mm:ss", ISO, or
    /// "yyyy-MM-dd-HH-mm-ss". Invalid for "-" and anything else.
    [[nodiscard]] static QDateTime parseDate(const QString &text);
    /// Text without HTML tags and entities, simplified.
    [[nodiscard]] static QString stripHtml(const QString &html);
};

} // namespace OpsDeck::Prtg
