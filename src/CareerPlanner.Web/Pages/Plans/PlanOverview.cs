using CareerPlanner.Web.Pages.Plans.Actions;
using CareerPlanner.Web.Pages.Plans.Goals;
using CareerPlanner.Web.Pages.Plans.Reviews;

namespace CareerPlanner.Web.Pages.Plans;

/// <summary>The plan's chosen target career with how much of what it demands the person still lacks.</summary>
public sealed record TargetOption(int Id, string Title, int Demanded, int Missing, int Below, double? CoveredShare)
{
    public int StillToBuild => Missing + Below;
}

public enum MilestoneState
{
    Done = 1,
    Overdue = 2,
    Next = 3,
    Later = 4,
}

public sealed record MilestoneStop(int GoalId, string GoalTitle, string Title, DateOnly? Date, DateOnly? ReachedOn, MilestoneState State);

public sealed record QuarterSatisfaction(DateRange Quarter, int? Satisfaction);

/// <summary>The fifth, short part of the overview: where the evaluation stands.</summary>
public sealed record EvaluationSummary(
    LatestReview? Last, IReadOnlyList<DueReview> Due, DateOnly NextCheckIn,
    (CareerFit Fit, string? Why, DateOnly HeldOn)? LastCareerFit, IReadOnlyList<QuarterSatisfaction> LastFourQuarters);

public sealed record PlanOverviewView(
    int PlanId, GoalBoardView Goals, TargetOption? Target, IReadOnlyList<MilestoneStop> Milestones, ActionBoardView Actions, EvaluationSummary Evaluation);

/// <summary>
/// The plan as one document — its goals, strategy and evaluation — read part by part, each in a fixed number of
/// queries however many goals, milestones, actions and reviews the plan holds.
/// </summary>
public sealed class PlanOverview(
    AppDbContext db, GoalBoard goals, ActionBoard actions, DueReviews dueReviews, Research.SkillInventory inventory, Infrastructure.Time.UserClock clock)
{
    private sealed class MilestoneRow
    {
        public int GoalId { get; init; }
        public required string GoalTitle { get; init; }
        public required string Title { get; init; }
        public DateOnly? Date { get; init; }
        public DateOnly? ReachedOn { get; init; }
        public int Sequence { get; init; }
        public int Id { get; init; }
    }

    /// <summary>Compiled once, as the overview reads it on every visit: the plan's milestones with their goals' titles.</summary>
    private static readonly Func<AppDbContext, int, IAsyncEnumerable<MilestoneRow>> MilestonesQuery = EF.CompileAsyncQuery(
        (AppDbContext db, int planId) => db.Milestones.AsNoTracking()
            .Where(m => db.Goals.Where(g => g.PlanId == planId).Select(g => g.Id).Contains(m.GoalId))
            .Select(m => new MilestoneRow
            {
                GoalId = m.GoalId, GoalTitle = db.Goals.Where(g => g.Id == m.GoalId).Select(g => g.Title).First(), Title = m.Title,
                Date = m.Date, ReachedOn = m.ReachedOn, Sequence = m.Sequence, Id = m.Id,
            }));

    /// <summary>The overview of a plan the caller has already checked is the person's.</summary>
    public async Task<PlanOverviewView> LoadAsync(string userId, int planId)
    {
        var board = await goals.LoadAsync(userId, planId);
        var actionBoard = await actions.LoadAsync(userId, planId);
        return new PlanOverviewView(planId, board, await TargetAsync(userId, planId), await MilestonesAsync(planId, actionBoard.Today), actionBoard,
            await EvaluationAsync(userId, planId));
    }

    private sealed class TargetRow
    {
        public int Id { get; init; }
        public required string Title { get; init; }
        public string? Demanded { get; init; }
        public int? RequiredLevel { get; init; }
    }

    /// <summary>Compiled once: the plan's chosen target with what it demands, one row per demanded skill (or one without).</summary>
    private static readonly Func<AppDbContext, int, IAsyncEnumerable<TargetRow>> TargetQuery = EF.CompileAsyncQuery(
        (AppDbContext db, int planId) =>
            from o in db.CareerOptions.AsNoTracking().Where(o => o.PlanId == planId && o.Status == CareerOptionStatus.ChosenTarget)
            from d in db.DemandedSkills.Where(d => d.CareerOptionId == o.Id).DefaultIfEmpty()
            select new TargetRow { Id = o.Id, Title = o.Title, Demanded = d.Name, RequiredLevel = (int?)d.RequiredLevel });

    private async Task<TargetOption?> TargetAsync(string userId, int planId)
    {
        var rows = await TargetQuery(db, planId).ToListAsync();
        if (rows.Count == 0)
        {
            return null;
        }
        var option = rows.MinBy(r => r.Id)!;
        var demands = rows.Where(r => r.Id == option.Id && r.Demanded is not null).Select(r => (r.Demanded!, r.RequiredLevel ?? 0));
        var summary = GapSummary.Of((await inventory.LoadAsync(userId)).Gap(demands));
        return new TargetOption(option.Id, option.Title, summary.Demanded, summary.Missing, summary.Partly, summary.CoveredShare);
    }

    private async Task<IReadOnlyList<MilestoneStop>> MilestonesAsync(int planId, DateOnly today)
    {
        var rows = await MilestonesQuery(db, planId).ToListAsync();
        var ordered = rows.OrderBy(m => m.ReachedOn ?? m.Date ?? DateOnly.MaxValue).ThenBy(m => m.Sequence).ThenBy(m => m.Id).ToList();
        var next = ordered.FirstOrDefault(m => m.ReachedOn is null && !(m.Date < today));
        return [.. ordered.Select(m => new MilestoneStop(m.GoalId, m.GoalTitle, m.Title, m.Date, m.ReachedOn,
            m.ReachedOn is not null ? MilestoneState.Done
            : m.Date < today ? MilestoneState.Overdue
            : ReferenceEquals(m, next) ? MilestoneState.Next
            : MilestoneState.Later))];
    }

    private sealed class EvaluationRow
    {
        public required string Title { get; init; }
        public DateTime CreatedAtUtc { get; init; }
        public CheckInCadence CheckInCadence { get; init; }
        public int? ReviewId { get; init; }
        public ReviewKind? Kind { get; init; }
        public DateOnly? PeriodStart { get; init; }
        public DateOnly? HeldOn { get; init; }
        public int? Satisfaction { get; init; }
        public string? NextSteps { get; init; }
        public CareerFit? CareerFit { get; init; }
        public string? CareerFitWhy { get; init; }
    }

    /// <summary>
    /// Compiled once: the plan with each of its reviews, one flat row per review (or one without). Read as the plan with
    /// a list of reviews, EF Core builds the list row by row through delegates it makes anew on every visit.
    /// </summary>
    private static readonly Func<AppDbContext, string, int, IAsyncEnumerable<EvaluationRow>> EvaluationQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int planId) =>
            from p in db.Plans.AsNoTracking().Where(p => p.Id == planId && p.OwnerId == userId)
            from r in db.Reviews.Where(r => r.PlanId == p.Id).DefaultIfEmpty()
            select new EvaluationRow
            {
                Title = p.Title, CreatedAtUtc = p.CreatedAtUtc, CheckInCadence = p.CheckInCadence, ReviewId = (int?)r.Id, Kind = (ReviewKind?)r.Kind,
                PeriodStart = (DateOnly?)r.PeriodStart, HeldOn = (DateOnly?)r.HeldOn, Satisfaction = (int?)r.Satisfaction, NextSteps = r.NextSteps,
                CareerFit = r.CareerFit, CareerFitWhy = r.CareerFitWhy,
            });

    private sealed record ReviewFacts(int Id, ReviewKind Kind, DateOnly PeriodStart, DateOnly HeldOn, int Satisfaction, string? NextSteps, CareerFit? CareerFit, string? CareerFitWhy);

    private async Task<EvaluationSummary> EvaluationAsync(string userId, int planId)
    {
        // The plan with all its reviews, in one query; which are due is worked out from them.
        var rows = await EvaluationQuery(db, userId, planId).ToListAsync();
        var plan = rows.Count > 0 ? rows[0] : throw new InvalidOperationException($"Plan {planId} is not the person's; the caller checks that first.");
        var reviews = rows.Where(r => r.ReviewId is not null)
            .Select(r => new ReviewFacts(r.ReviewId!.Value, r.Kind!.Value, r.PeriodStart!.Value, r.HeldOn!.Value, r.Satisfaction!.Value, r.NextSteps, r.CareerFit, r.CareerFitWhy))
            .ToList();
        var due = dueReviews.Due(planId, plan.Title, userId, await clock.CalendarAsync(userId), plan.CreatedAtUtc, plan.CheckInCadence,
            reviews.Count == 0 ? null : reviews.Max(r => r.HeldOn),
            [.. reviews.Where(r => r.Kind is ReviewKind.Quarterly or ReviewKind.Annual).Select(r => (r.Kind, r.PeriodStart))]);
        var newest = reviews.OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id).ToList();
        var last = newest.Select(r => new LatestReview(r.Id, r.Kind, r.PeriodStart, r.HeldOn, r.Satisfaction, r.NextSteps)).FirstOrDefault();
        var fit = newest.FirstOrDefault(r => r.CareerFit is not null);
        var quarters = Enumerable.Range(0, 4).Select(back => Quarters.Of(due.Today.AddMonths(-3 * back))).Reverse().ToList();
        var satisfaction = quarters.Select(q => new QuarterSatisfaction(q,
            newest.Where(r => q.Contains(r.HeldOn)).Select(r => (int?)r.Satisfaction).FirstOrDefault())).ToList();
        return new EvaluationSummary(last, due.Due, due.NextCheckIn,
            fit is null ? null : (fit.CareerFit!.Value, fit.CareerFitWhy, fit.HeldOn), satisfaction);
    }
}
