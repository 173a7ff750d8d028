// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/netbox/objectspool.h"

#include <QDataStream>
#include <QDir>
#include <QTemporaryFile>

namespace OpsDeck::NetBox {

namespace {

void writeObject(QDataStream &out, const Domain::MappedObject &o)
{
    out << qint32(o.kind) << o.id << o.values << qint32(o.terminations.size());
    for (const Domain::CableEnd &end : o.terminations)
        out << end.end << end.objectType << end.objectId;
}

Domain::MappedObject readObject(QDataStream &in)
{
    Domain::MappedObject o;
    qint32 kind = 0;
    qint32 terminations = 0;
    in >> kind >> o.id >> o.values >> terminations;
    o.kind = Domain::ObjectKind(kind);
    for (qint32 i = 0; i < terminations && in.status() == QDataStream::Ok; ++i) {
        Domain::CableEnd end;
        in >> end.end >> end.objectType >> end.objectId;
        o.terminations << end;
    }
    return o;
}

} // namespace

ObjectSpool::ObjectSpool() = default;
ObjectSpool::~ObjectSpool() = default;

Status ObjectSpool::open()
{
    m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/opsdeck-netbox-sync-XXXXXX"));
    m_count = 0;
    if (!m_file->open())
        return Error(ErrorCode::Io, QStringLiteral("cannot create the sync spool file: %1").arg(m_file->errorString()));
    return {};
}

Status ObjectSpool::append(const QList<Domain::MappedObject> &objects)
{
    if (!m_file)
        return Error(ErrorCode::Io, QStringLiteral("the sync spool file is not open"));
    QDataStream out(m_file.get());
    for (const Domain::MappedObject &o : objects)
        writeObject(out, o);
    if (out.status() != QDataStream::Ok)
        return Error(ErrorCode::Io, QStringLiteral("cannot write the sync spool file: %1").arg(m_file->errorString()));
    m_count += objects.size();
    return {};
}

Status ObjectSpool::readBack(int batchSize, const std::function<Status(const QList<Domain::MappedObject> &)> &consume)
{
    if (!m_file || !m_file->flush() || !m_file->seek(0))
        return Error(ErrorCode::Io, QStringLiteral("cannot read back the sync spool file"));
    QDataStream in(m_file.get());
    QList<Domain::MappedObject> batch;
    batch.reserve(batchSize);
    for (qint64 i = 0; i < m_count; ++i) {
        batch << readObject(in);
        if (batch.size() >= batchSize || i + 1 == m_count) {
            if (in.status() != QDataStream::Ok)
                return Error(ErrorCode::Io, QStringLiteral("the sync spool file is damaged"));
            if (auto s = consume(batch); !s)
                return s;
            batch.clear();
        }
    }
    return {};
}

} // namespace OpsDeck::NetBox
