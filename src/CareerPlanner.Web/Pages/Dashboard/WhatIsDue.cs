using CareerPlanner.Web.Infrastructure.Time;
using CareerPlanner.Web.Pages.Plans.Reviews;

namespace CareerPlanner.Web.Pages.Dashboard;

public sealed record DueAction(int PlanId, int Id, string Title, DateOnly DueDate, bool IsOverdue);

public sealed record DueMilestone(int PlanId, int GoalId, string Title, string GoalTitle, DateOnly Date);

/// <summary>A goal at risk by its status or by a review's standing judgement (then <paramref name="Verdict"/> says which and when).</summary>
public sealed record GoalAtRisk(int PlanId, int GoalId, string Title, DateOnly TargetDate, GoalVerdict? Verdict = null);

public sealed record Encouragement(string What, DateOnly Date);

/// <summary>An active goal on a plan's card, with its progress and any standing review judgement.</summary>
public sealed record CardGoal(int GoalId, string Title, GoalStatus Status, DateOnly TargetDate, int Progress, GoalVerdict? Verdict)
{
    public bool AtRisk => Status == GoalStatus.AtRisk || Verdict is not null;
}

/// <summary>
/// One plan's card on the dashboard: the first <see cref="WhatIsDue.GoalsShown"/> active goals (at risk first) of
/// <paramref name="GoalCount"/>, and of the actions due this week, the milestones of the next 30 days and the goals at
/// risk the first <see cref="WhatIsDue.ListShown"/> of each, with how many there are.
/// </summary>
public sealed record PlanCard(PlanDue Plan, Shown<DueAction> Actions, Shown<DueMilestone> Milestones, Shown<GoalAtRisk> GoalsAtRisk,
    IReadOnlyList<CardGoal> Goals, int GoalCount, DueMilestone? NextMilestone);

/// <summary>The first items of a list and how many it has; <see cref="More"/> are a link away.</summary>
public sealed record Shown<T>(IReadOnlyList<T> Items, int Count)
{
    public int More => Count - Items.Count;

    public static Shown<T> FirstOf(IEnumerable<T> all, int shown)
    {
        var list = all as IReadOnlyList<T> ?? [.. all];
        return new([.. list.Take(shown)], list.Count);
    }
}

/// <summary>A contact it is time to be in touch with again (<see cref="ContactRules.NextFollowUp"/>).</summary>
public sealed record DueContact(int Id, string Name, DateOnly NextFollowUp, DateOnly? LastContact);

/// <summary>The person's next 1:1 and how many of its talking points are still open.</summary>
public sealed record NextOneOnOne(int Id, DateOnly Date, string WithWhom, int OpenPoints);

public sealed record LearningNow(int Id, string Title);

/// <summary>A certification that runs out (or ran out) within <see cref="Certification.ExpiryWarningDays"/> days of today.</summary>
public sealed record ExpiringCertification(int Id, string Name, DateOnly ExpiresOn);

public sealed record DashboardView(DateOnly Today, DateRange ThisWeek, IReadOnlyList<PlanCard> Plans, Encouragement? RecentWin, Shown<DueContact> ContactsDue,
    NextOneOnOne? NextOneOnOne, IReadOnlyList<LearningNow> Learning, IReadOnlyList<ExpiringCertification> Certifications, string? DisplayName, bool NeedsTimeZone, GettingStartedView? Start,
    IReadOnlyList<Plans.Suggestions.OpenSuggestion> Suggestions, int SharedWithMe);

/// <summary>
/// Everything due across a person's active plans, in a fixed number of SQL commands however many plans and goals
/// they have: the plans with their due reviews; for all plans together, the first few actions due and milestones ahead
/// of each with how many are due (one query) and their active goals; one for the person (profile, getting-started
/// facts, next 1:1, latest win and what they are learning, and the first few contacts due with how many there are).
/// </summary>
public sealed class WhatIsDue(AppDbContext db, DueReviews dueReviews, Plans.Goals.GoalBoard goals, Plans.Suggestions.SuggestionInbox inbox, UserClock clock)
{
    public const int MilestoneDays = 30;
    public const int GoalsShown = 8;

    /// <summary>How many of each list the dashboard shows (contacts due, and on each plan's card the actions, milestones and goals at risk); the rest are a link away.</summary>
    public const int ListShown = 8;

    /// <summary>What the dashboard shows of the person, beyond their plans.</summary>
    private sealed class PersonFacts
    {
        public string? DisplayName { get; init; }
        public bool HasTimeZone { get; init; }
        public bool GettingStartedDismissed { get; init; }
        public required GettingStartedFacts Start { get; init; }
        public int? NextMeetingId { get; init; }
        public DateOnly? NextMeetingDate { get; init; }
        public string? NextMeetingWith { get; init; }
        public int NextMeetingOpenPoints { get; init; }
        public string? WinWhat { get; init; }
        public DateOnly? WinDate { get; init; }
        public required List<LearningNow> Learning { get; init; }
        public required List<ExpiringCertification> Certifications { get; init; }
        public int SharedWithMe { get; init; }
        public bool HasSuggestions { get; init; }
        public required List<FollowUp> FollowUps { get; init; }
        public int ContactsDueCount { get; init; }
    }

    /// <summary>What <see cref="ContactRules.NextFollowUp"/> needs of a contact.</summary>
    private sealed record FollowUp(int Id, string Name, int? CadenceDays, DateOnly? SetByHand, DateOnly CreatedOn, DateOnly? LastContact);

    /// <summary>
    /// The person's part of the dashboard in one query, compiled once: it is the page's largest, and EF Core would
    /// otherwise walk its expression and compare it with the cached ones on every request.
    /// Every part reads the person's rows through an index: their plans' ids as an IN list (never an EXISTS from the
    /// child table, which SQLite answers by reading the whole table), and each "first of" as scalars (a FirstOrDefault
    /// of several columns becomes a window over everyone's rows). QueryPlanTests hold every page to that.
    /// </summary>
    private static readonly Func<AppDbContext, string, DateOnly, DateOnly, DateOnly, Task<PersonFacts>> PersonQuery =
        EF.CompileAsyncQuery((AppDbContext db, string userId, DateOnly today, DateOnly expiredSince, DateOnly expiringUntil) =>
            db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new PersonFacts
            {
                DisplayName = db.UserProfiles.Where(p => p.UserId == userId).Select(p => p.DisplayName).FirstOrDefault(),
                HasTimeZone = db.UserProfiles.Any(p => p.UserId == userId && p.TimeZoneId != null),
                GettingStartedDismissed = db.UserProfiles.Any(p => p.UserId == userId && p.GettingStartedDismissed),
                Start = new GettingStartedFacts(
                    db.SelfAssessmentItems.Any(i => i.UserId == userId) || db.Skills.Any(s => s.UserId == userId)
                        || db.Reflections.Any(r => r.UserId == userId) || db.InterestTestResults.Any(r => r.UserId == userId),
                    db.Plans.Where(p => p.OwnerId == userId).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefault(),
                    db.CareerOptions.Any(o => db.Plans.Where(p => p.OwnerId == userId).Select(p => p.Id).Contains(o.PlanId)),
                    db.Plans.Any(p => p.OwnerId == userId && p.VisionStatement != null),
                    db.Goals.Any(g => db.Plans.Where(p => p.OwnerId == userId).Select(p => p.Id).Contains(g.PlanId)),
                    db.ActionItems.Any(a => db.Plans.Where(p => p.OwnerId == userId).Select(p => p.Id).Contains(a.PlanId)),
                    db.Reviews.Any(r => db.Plans.Where(p => p.OwnerId == userId).Select(p => p.Id).Contains(r.PlanId))),
                NextMeetingId = db.OneOnOnes.Where(m => m.UserId == userId && m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.Id)
                    .Select(m => (int?)m.Id).FirstOrDefault(),
                NextMeetingDate = db.OneOnOnes.Where(m => m.UserId == userId && m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.Id)
                    .Select(m => (DateOnly?)m.Date).FirstOrDefault(),
                NextMeetingWith = db.OneOnOnes.Where(m => m.UserId == userId && m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.Id)
                    .Select(m => m.WithWhom).FirstOrDefault(),
                NextMeetingOpenPoints = db.OneOnOnes.Where(m => m.UserId == userId && m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.Id)
                    .Select(m => m.TalkingPoints.Count(p => !p.Discussed)).FirstOrDefault(),
                WinWhat = db.Achievements.Where(a => a.UserId == userId).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
                    .Select(a => a.What).FirstOrDefault(),
                WinDate = db.Achievements.Where(a => a.UserId == userId).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
                    .Select(a => (DateOnly?)a.Date).FirstOrDefault(),
                Learning = db.LearningItems.Where(i => i.UserId == u.Id && i.Status == LearningStatus.InProgress)
                    .OrderBy(i => i.Title).Select(i => new LearningNow(i.Id, i.Title)).ToList(),
                Certifications = db.Certifications.Where(c => c.UserId == u.Id && c.ExpiresOn >= expiredSince && c.ExpiresOn <= expiringUntil)
                    .OrderBy(c => c.ExpiresOn).Select(c => new ExpiringCertification(c.Id, c.Name, c.ExpiresOn!.Value)).ToList(),
                SharedWithMe = db.PlanShares.Count(s => s.MentorId == userId && (s.EndsOn == null || s.EndsOn >= today)),
                HasSuggestions = db.PlanSuggestions.Any(s => s.State == SuggestionState.Open
                    && db.Plans.Where(p => p.OwnerId == userId && !p.IsArchived).Select(p => p.Id).Contains(s.PlanId)),
                // The contacts due, as ContactRules has it (a date set by hand wins over the rhythm, which counts from the last
                // interaction or else from when the contact was added): the first few by that date, and how many there are
                // (the same condition twice: EF Core cannot name a subquery inside a query). LoadAsync applies the rule itself
                // to what comes back. The first few become a ROW_NUMBER() over a join to the person's row; naming the
                // person's id as well keeps that to their contacts, read through the index (else everyone's are numbered).
                FollowUps = db.Contacts.Where(c => c.UserId == u.Id && c.UserId == userId)
                    .Select(c => new { Contact = c, Last = db.Interactions.Where(i => i.ContactId == c.Id).Max(i => (DateOnly?)i.Date) })
                    .Where(c => c.Contact.FollowUpOn != null
                        ? c.Contact.FollowUpOn <= today
                        : c.Contact.CadenceDays != null && (c.Last ?? c.Contact.CreatedOn).AddDays(c.Contact.CadenceDays.Value) <= today)
                    .OrderBy(c => c.Contact.FollowUpOn ?? (c.Last ?? c.Contact.CreatedOn).AddDays(c.Contact.CadenceDays!.Value)).ThenBy(c => c.Contact.Id)
                    .Take(ListShown)
                    .Select(c => new FollowUp(c.Contact.Id, c.Contact.Name, c.Contact.CadenceDays, c.Contact.FollowUpOn, c.Contact.CreatedOn, c.Last))
                    .ToList(),
                ContactsDueCount = db.Contacts.Where(c => c.UserId == userId)
                    .Select(c => new { Contact = c, Last = db.Interactions.Where(i => i.ContactId == c.Id).Max(i => (DateOnly?)i.Date) })
                    .Count(c => c.Contact.FollowUpOn != null
                        ? c.Contact.FollowUpOn <= today
                        : c.Contact.CadenceDays != null && (c.Last ?? c.Contact.CreatedOn).AddDays(c.Contact.CadenceDays.Value) <= today),
            }).Single());

    private enum DatedPart
    {
        Plan = 0,
        Action = 1,
        Milestone = 2,
    }

    /// <summary>A row of <see cref="DatedQuery"/>: a plan with its counts, or one of its first actions due or milestones ahead.</summary>
    private sealed class DatedRow
    {
        public DatedPart Part { get; init; }
        public int PlanId { get; init; }
        public int Id { get; init; }
        public string? Title { get; init; }
        public DateOnly? Date { get; init; }
        public int Sequence { get; init; }
        public int GoalId { get; init; }
        public string? GoalTitle { get; init; }
        public int ActionCount { get; init; }
        public int MilestoneCount { get; init; }
    }

    /// <summary>
    /// Compiled once: for each plan, how many actions are due by the given day and milestones fall in the next
    /// <see cref="MilestoneDays"/> days, and the first <see cref="ListShown"/> of those actions and of the milestones still
    /// ahead — so the page reads a few lines a plan however many it has. One UNION ALL of flat rows: a list inside each
    /// plan's row made EF Core join the two lists to each other (8 × 8 rows a plan) and build their shapers on every visit.
    /// Each "first few" becomes a ROW_NUMBER() per plan; naming the plans inside keeps the numbering to their rows, read
    /// through indexes.
    /// </summary>
    private static readonly Func<AppDbContext, int[], DateOnly, DateOnly, DateOnly, IAsyncEnumerable<DatedRow>> DatedQuery = EF.CompileAsyncQuery(
        (AppDbContext db, int[] planIds, DateOnly today, DateOnly dueBy, DateOnly until) => db.Plans.AsNoTracking()
            .Where(p => planIds.Contains(p.Id))
            .Select(p => new DatedRow
            {
                Part = DatedPart.Plan, PlanId = p.Id, Id = p.Id, Title = null, Date = null, Sequence = 0, GoalId = 0, GoalTitle = null,
                ActionCount = db.ActionItems.Count(a => a.PlanId == p.Id && (a.Status == ActionStatus.ToDo || a.Status == ActionStatus.Doing) && a.DueDate <= dueBy),
                MilestoneCount = db.Milestones.Count(m => m.ReachedOn == null && m.Date >= today && m.Date <= until
                    && db.Goals.Where(g => g.PlanId == p.Id).Select(g => g.Id).Contains(m.GoalId)),
            })
            .Concat(db.Plans.Where(p => planIds.Contains(p.Id)).SelectMany(p => db.ActionItems
                .Where(a => a.PlanId == p.Id && planIds.Contains(a.PlanId) && (a.Status == ActionStatus.ToDo || a.Status == ActionStatus.Doing) && a.DueDate <= dueBy)
                .OrderBy(a => a.DueDate).ThenBy(a => a.Id).Take(ListShown)
                .Select(a => new DatedRow
                {
                    Part = DatedPart.Action, PlanId = a.PlanId, Id = a.Id, Title = a.Title, Date = a.DueDate, Sequence = 0, GoalId = 0, GoalTitle = null,
                    ActionCount = 0, MilestoneCount = 0,
                })))
            .Concat(db.Plans.Where(p => planIds.Contains(p.Id)).SelectMany(p => db.Goals.Join(db.Milestones, g => g.Id, m => m.GoalId, (g, m) => new { m, g })
                .Where(x => x.g.PlanId == p.Id && planIds.Contains(x.g.PlanId) && x.m.ReachedOn == null && x.m.Date >= today)
                .OrderBy(x => x.m.Date).ThenBy(x => x.m.Sequence).ThenBy(x => x.m.Id).Take(ListShown)
                .Select(x => new DatedRow
                {
                    Part = DatedPart.Milestone, PlanId = x.g.PlanId, Id = x.m.Id, Title = x.m.Title, Date = x.m.Date, Sequence = x.m.Sequence, GoalId = x.g.Id,
                    GoalTitle = x.g.Title, ActionCount = 0, MilestoneCount = 0,
                }))));

    public async Task<DashboardView> LoadAsync(string userId)
    {
        var calendar = await clock.CalendarAsync(userId);
        var (today, week) = (clock.Today(calendar), clock.ThisWeek(calendar));
        var plans = await dueReviews.ForOwnerAsync(userId);
        var planIds = plans.Select(p => p.PlanId).ToList();

        // The first few actions due by the end of the week and milestones ahead of each plan, and how many are due.
        var until = today.AddDays(MilestoneDays);
        var dated = (await DatedQuery(db, [.. planIds], today, week.End, until).ToListAsync()).ToLookup(r => r.PlanId);
        Shown<DueAction> Actions(int planId, DatedRow plan) => new(
            [.. dated[planId].Where(r => r.Part == DatedPart.Action).OrderBy(a => a.Date).ThenBy(a => a.Id)
                .Select(a => new DueAction(planId, a.Id, a.Title!, a.Date!.Value, a.Date < today))], plan.ActionCount);
        // Of the milestones ahead, those of the next 30 days are due, and the first is the plan's next one.
        List<DueMilestone> Ahead(int planId) => [.. dated[planId].Where(r => r.Part == DatedPart.Milestone).OrderBy(m => m.Date).ThenBy(m => m.Sequence).ThenBy(m => m.Id)
            .Select(m => new DueMilestone(planId, m.GoalId, m.Title!, m.GoalTitle!, m.Date!.Value))];
        var byPlan = dated.Select(rows => rows.Single(r => r.Part == DatedPart.Plan))
            .ToDictionary(p => p.PlanId, p => (Actions: Actions(p.PlanId, p), Ahead: Ahead(p.PlanId), p.MilestoneCount));
        var active = (await goals.FactsAsync(userId, planIds, activeOnly: true))
            .Select(g => (Facts: g, Verdict: g.Verdict(calendar))).ToList();
        // At risk by its status, or by a review's judgement that nothing has answered since.
        var atRisk = active.Where(g => g.Facts.Status == GoalStatus.AtRisk || g.Verdict is not null).OrderBy(g => g.Facts.TargetDate)
            .Select(g => new GoalAtRisk(g.Facts.PlanId, g.Facts.Id, g.Facts.Title, g.Facts.TargetDate, g.Verdict))
            .ToLookup(g => g.PlanId);
        var cardGoals = active
            .Select(g => (g.Facts.PlanId, Goal: new CardGoal(g.Facts.Id, g.Facts.Title, g.Facts.Status, g.Facts.TargetDate, g.Facts.Progress, g.Verdict)))
            .ToLookup(g => g.PlanId, g => g.Goal);
        var (expiredSince, expiringUntil) = (today.AddDays(-Certification.ExpiryWarningDays), today.AddDays(Certification.ExpiryWarningDays));
        var person = await PersonQuery(db, userId, today, expiredSince, expiringUntil);
        var nextOneOnOne = person is { NextMeetingId: { } meetingId, NextMeetingDate: { } meetingDate }
            ? new NextOneOnOne(meetingId, meetingDate, person.NextMeetingWith ?? "", person.NextMeetingOpenPoints) : null;
        var recentWin = person is { WinWhat: { } what, WinDate: { } winDate } ? new Encouragement(what, winDate) : null;

        // Read only when there are any (most days there are none), so an ordinary dashboard costs no query for them.
        var suggestions = person.HasSuggestions ? await inbox.OpenAsync(userId) : [];
        var contactsDue = person.FollowUps
            .Select(c => (Contact: c, Next: ContactRules.NextFollowUp(c.LastContact, c.CadenceDays, c.SetByHand, c.CreatedOn)))
            .Where(c => ContactRules.IsDue(c.Next, today))
            .Select(c => new DueContact(c.Contact.Id, c.Contact.Name, c.Next!.Value, c.Contact.LastContact))
            .OrderBy(c => c.NextFollowUp).ThenBy(c => c.Id).ToList();

        return new DashboardView(today, week,
            [.. plans.Select(p => new PlanCard(p, byPlan[p.PlanId].Actions,
                new Shown<DueMilestone>([.. byPlan[p.PlanId].Ahead.Where(m => m.Date <= until)], byPlan[p.PlanId].MilestoneCount), Shown<GoalAtRisk>.FirstOf(atRisk[p.PlanId], ListShown),
                [.. cardGoals[p.PlanId].OrderByDescending(g => g.AtRisk).ThenBy(g => g.TargetDate).ThenBy(g => g.Title).Take(GoalsShown)], cardGoals[p.PlanId].Count(),
                byPlan[p.PlanId].Ahead.FirstOrDefault()))],
            recentWin, new Shown<DueContact>(contactsDue, person.ContactsDueCount), nextOneOnOne, person.Learning, person.Certifications, person.DisplayName, !person.HasTimeZone,
            GettingStarted.Checklist(person.Start, dismissed: person.GettingStartedDismissed), suggestions, person.SharedWithMe);
    }
}
