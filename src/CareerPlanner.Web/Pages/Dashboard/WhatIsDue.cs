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

/// <summary>One plan's card on the dashboard: the first <see cref="WhatIsDue.GoalsShown"/> active goals (at risk first) of <paramref name="GoalCount"/>.</summary>
public sealed record PlanCard(PlanDue Plan, IReadOnlyList<DueAction> Actions, IReadOnlyList<DueMilestone> Milestones, IReadOnlyList<GoalAtRisk> GoalsAtRisk,
    IReadOnlyList<CardGoal> Goals, int GoalCount, DueMilestone? NextMilestone);

/// <summary>The person's next 1:1 and how many of its talking points are still open.</summary>
public sealed record NextOneOnOne(int Id, DateOnly Date, string WithWhom, int OpenPoints);

public sealed record LearningNow(int Id, string Title);

/// <summary>A certification that runs out (or ran out) within <see cref="Certification.ExpiryWarningDays"/> days of today.</summary>
public sealed record ExpiringCertification(int Id, string Name, DateOnly ExpiresOn);

public sealed record DashboardView(DateOnly Today, DateRange ThisWeek, IReadOnlyList<PlanCard> Plans, Encouragement? RecentWin, IReadOnlyList<Network.ContactRow> ContactsDue,
    NextOneOnOne? NextOneOnOne, IReadOnlyList<LearningNow> Learning, IReadOnlyList<ExpiringCertification> Certifications, string? DisplayName, bool NeedsTimeZone, GettingStartedView? Start,
    IReadOnlyList<Plans.Suggestions.OpenSuggestion> Suggestions, int SharedWithMe);

/// <summary>
/// Everything due across a person's active plans, in a fixed number of SQL commands however many plans and goals
/// they have: the plans with their due reviews, then one query per kind of row for all plans together, and one for
/// the person (profile, getting-started facts, next 1:1, latest win and what they are learning).
/// </summary>
public sealed class WhatIsDue(AppDbContext db, DueReviews dueReviews, Network.ContactEditor contacts, Plans.Goals.GoalBoard goals, Plans.Suggestions.SuggestionInbox inbox, UserClock clock)
{
    public const int MilestoneDays = 30;
    public const int GoalsShown = 8;

    public async Task<DashboardView> LoadAsync(string userId)
    {
        var calendar = await clock.CalendarAsync(userId);
        var (today, week) = (clock.Today(calendar), clock.ThisWeek(calendar));
        var plans = await dueReviews.ForAsync(p => p.OwnerId == userId);
        var planIds = plans.Select(p => p.PlanId).ToList();

        var actions = (await db.ActionItems.AsNoTracking()
                .Where(a => planIds.Contains(a.PlanId) && (a.Status == ActionStatus.ToDo || a.Status == ActionStatus.Doing) && a.DueDate <= week.End)
                .OrderBy(a => a.DueDate).ThenBy(a => a.Id).Select(a => new { a.PlanId, a.Id, a.Title, a.DueDate }).ToListAsync())
            .ToLookup(a => a.PlanId, a => new DueAction(a.PlanId, a.Id, a.Title, a.DueDate, a.DueDate < today));
        // Every milestone still ahead: those of the next 30 days are due, and the first of each plan is its next one.
        var ahead = (await db.Milestones.AsNoTracking()
                .Where(m => m.ReachedOn == null && m.Date >= today)
                .Join(db.Goals.Where(g => planIds.Contains(g.PlanId)), m => m.GoalId, g => g.Id, (m, g) => new { m.Title, m.Date, m.Sequence, m.Id, g.PlanId, GoalId = g.Id, GoalTitle = g.Title })
                .ToListAsync())
            .OrderBy(m => m.Date).ThenBy(m => m.Sequence).ThenBy(m => m.Id)
            .Select(m => new DueMilestone(m.PlanId, m.GoalId, m.Title, m.GoalTitle, m.Date!.Value)).ToList();
        var until = today.AddDays(MilestoneDays);
        var milestones = ahead.Where(m => m.Date <= until).ToLookup(m => m.PlanId);
        var nextMilestones = ahead.GroupBy(m => m.PlanId).ToDictionary(g => g.Key, g => g.First());
        var active = (await goals.WithFacts(db.Goals.Where(g => planIds.Contains(g.PlanId) && g.Status != GoalStatus.Achieved && g.Status != GoalStatus.Dropped))
                .ToListAsync())
            .Select(g => (Facts: g, Verdict: g.Verdict(calendar))).ToList();
        // At risk by its status, or by a review's judgement that nothing has answered since.
        var atRisk = active.Where(g => g.Facts.Status == GoalStatus.AtRisk || g.Verdict is not null).OrderBy(g => g.Facts.TargetDate)
            .Select(g => new GoalAtRisk(g.Facts.PlanId, g.Facts.Id, g.Facts.Title, g.Facts.TargetDate, g.Verdict))
            .ToLookup(g => g.PlanId);
        var cardGoals = active
            .Select(g => (g.Facts.PlanId, Goal: new CardGoal(g.Facts.Id, g.Facts.Title, g.Facts.Status, g.Facts.TargetDate, g.Facts.Progress, g.Verdict)))
            .ToLookup(g => g.PlanId, g => g.Goal);
        var (expiredSince, expiringUntil) = (today.AddDays(-Certification.ExpiryWarningDays), today.AddDays(Certification.ExpiryWarningDays));
        var person = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new
        {
            Profile = db.UserProfiles.Where(p => p.UserId == u.Id).Select(p => new { p.DisplayName, HasTimeZone = p.TimeZoneId != null, p.GettingStartedDismissed }).FirstOrDefault(),
            Start = new GettingStartedFacts(
                db.SelfAssessmentItems.Any(i => i.UserId == u.Id) || db.Skills.Any(s => s.UserId == u.Id)
                    || db.Reflections.Any(r => r.UserId == u.Id) || db.InterestTestResults.Any(r => r.UserId == u.Id),
                db.Plans.Where(p => p.OwnerId == u.Id).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefault(),
                db.CareerOptions.Any(o => db.Plans.Any(p => p.OwnerId == u.Id && p.Id == o.PlanId)),
                db.Plans.Any(p => p.OwnerId == u.Id && p.VisionStatement != null),
                db.Goals.Any(g => db.Plans.Any(p => p.OwnerId == u.Id && p.Id == g.PlanId)),
                db.ActionItems.Any(a => db.Plans.Any(p => p.OwnerId == u.Id && p.Id == a.PlanId)),
                db.Reviews.Any(r => db.Plans.Any(p => p.OwnerId == u.Id && p.Id == r.PlanId))),
            NextOneOnOne = db.OneOnOnes.Where(m => m.UserId == u.Id && m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.Id)
                .Select(m => new NextOneOnOne(m.Id, m.Date, m.WithWhom, m.TalkingPoints.Count(p => !p.Discussed))).FirstOrDefault(),
            Win = db.Achievements.Where(a => a.UserId == u.Id).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
                .Select(a => new Encouragement(a.What, a.Date)).FirstOrDefault(),
            Learning = db.LearningItems.Where(i => i.UserId == u.Id && i.Status == LearningStatus.InProgress)
                .OrderBy(i => i.Title).Select(i => new LearningNow(i.Id, i.Title)).ToList(),
            Certifications = db.Certifications.Where(c => c.UserId == u.Id && c.ExpiresOn >= expiredSince && c.ExpiresOn <= expiringUntil)
                .OrderBy(c => c.ExpiresOn).Select(c => new ExpiringCertification(c.Id, c.Name, c.ExpiresOn!.Value)).ToList(),
            SharedWithMe = db.PlanShares.Count(s => s.MentorId == u.Id && (s.EndsOn == null || s.EndsOn >= today)),
            HasSuggestions = db.PlanSuggestions.Any(s => s.State == SuggestionState.Open && db.Plans.Any(p => p.Id == s.PlanId && p.OwnerId == u.Id && !p.IsArchived)),
        }).SingleAsync();

        // Read only when there are any (most days there are none), so an ordinary dashboard costs no query for them.
        var suggestions = person.HasSuggestions ? await inbox.OpenAsync(userId) : [];
        var contactsDue = (await contacts.RowsAsync(userId, today)).Where(c => c.IsDue).OrderBy(c => c.NextFollowUp).ToList();

        return new DashboardView(today, week,
            [.. plans.Select(p => new PlanCard(p, [.. actions[p.PlanId]], [.. milestones[p.PlanId]], [.. atRisk[p.PlanId]],
                [.. cardGoals[p.PlanId].OrderByDescending(g => g.AtRisk).ThenBy(g => g.TargetDate).ThenBy(g => g.Title).Take(GoalsShown)], cardGoals[p.PlanId].Count(),
                nextMilestones.GetValueOrDefault(p.PlanId)))],
            person.Win, contactsDue, person.NextOneOnOne, person.Learning, person.Certifications, person.Profile?.DisplayName, person.Profile?.HasTimeZone != true,
            GettingStarted.Checklist(person.Start, dismissed: person.Profile?.GettingStartedDismissed == true), suggestions, person.SharedWithMe);
    }
}
