// The conference page's agenda: its sessions day by day and, for the secretariat,
// the forms that add, edit and remove a session, and add or remove an organizer.
#pragma once

#include <string>
#include <vector>

#include "accord/app/repositories.h"
#include "accord/domain/conference.h"
#include "exchange.h"
#include "refused_form.h"
#include "site.h"
#include "templates.h"

namespace accord::web {

// {days: [{day, sessions: [{id, start, end, title, room, speakers, edit}]}], newSession}
// for `c`; the forms only when `manages`. A refused session form comes back open
// with what was typed and its errors.
Data agendaView(const Visit& v, const domain::Conference& c, const app::Directory& directory,
                bool manages, const RefusedForm* refused);

// {action, organizations (not yet organizers), current, removeAction} for the
// secretariat's organizer picker.
Data organizerForm(const Visit& v, const domain::Conference& c, const app::Directory& directory);

// The session a session form posted, over `base` (the session edited, or a new
// one): date, start, end, title, room and the speakers ticked ("speaker.<id>").
// The form's own checks, one error per field, go to `errors`.
domain::AgendaSession sessionFromForm(const Visit& v, domain::AgendaSession base, std::vector<domain::Error>& errors);

// The form's field a use case's error names: "conference.sessions[2].end" → "end",
// "conference.sessions[0].speakers[1]" → "speakers"; other fields stay as they are.
std::string sessionField(const std::string& field);

}  // namespace accord::web
