// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>

#include "backend/core/result.h"

namespace OpsDeck::Net {

/// Collects a paged list one page after the other, the same way for every
/// API: @p fetch sends the request of one page (a URL for links.next or
/// NetBox's "next", a row offset for PRTG's start=) and calls back with its
/// body; @p step reads the body of a request into the collection @p Acc
/// and names the next page's request (std::nullopt after the last page). @p done is
/// called exactly once, with the collection or the first error (of a
/// request or of a page).
///
/// Runs on the caller's thread; @p fetch decides how requests are sent
/// (authentication, context guards), so the loop itself owns nothing.
template<typename Acc, typename Request>
class PageCollector final
{
public:
    using Reply = std::function<void(Result<QByteArray>)>;
    using Fetch = std::function<void(const Request &request, Reply reply)>;
    using Step = std::function<Result<std::optional<Request>>(const Request &request, const QByteArray &body,
                                                              Acc &collected)>;
    using Done = std::function<void(Result<Acc>)>;

    static void run(Request first, Fetch fetch, Step step, Done done, Acc collected = {})
    {
        auto state = std::make_shared<State>(State{std::move(fetch), std::move(step), std::move(done),
                                                   std::move(collected)});
        next(state, std::move(first));
    }

private:
    struct State
    {
        Fetch fetch;
        Step step;
        Done done;
        Acc collected;
    };

    static void next(const std::shared_ptr<State> &state, const Request &request)
    {
        state->fetch(request, [state, request](Result<QByteArray> body) {
            if (!body) {
                state->done(body.error());
                return;
            }
            Result<std::optional<Request>> following = state->step(request, *body, state->collected);
            if (!following) {
                state->done(following.error());
                return;
            }
            if (!following->has_value()) {
                state->done(std::move(state->collected));
                return;
            }
            next(state, **following);
        });
    }
};

} // namespace OpsDeck::Net
