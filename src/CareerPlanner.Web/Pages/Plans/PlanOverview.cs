using CareerPlanner.Web.Pages.Plans.Actions;
using CareerPlanner.Web.Pages.Plans.Goals;
using CareerPlanner.Web.Pages.Plans.Reviews;
using QueryParts = CareerPlanner.Web.Infrastructure.QueryParts;

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

/// <summary>The person's own parts of every plan: the self-assessment and career history (assets) and the personal brand (marketing).</summary>
public sealed record PersonAssets(SelfAssessment.SelfAssessmentView SelfAssessment, History.HistoryAssets History, Brand.BrandView? Brand);

public sealed record PlanOverviewView(
    int PlanId, PersonAssets Person, GoalBoardView Goals, TargetOption? Target, IReadOnlyList<MilestoneStop> Milestones, ActionBoardView Actions,
    EvaluationSummary Evaluation);

/// <summary>
/// The plan as one document — the person's assets and brand, the plan's goals, strategy and evaluation — in three queries
/// however many goals, milestones, actions and reviews the plan holds: the person's rows, the plan's goals with their
/// facts, and the plan's other rows.
/// </summary>
public sealed class PlanOverview(GoalBoard goals, ActionBoard actions, DueReviews dueReviews, Infrastructure.Time.UserClock clock, AppDbContext db)
{
    /// <summary>Compiled once: the self-assessment, the career history, the brand and the skills' covers as one UNION ALL.</summary>
    private static readonly Func<AppDbContext, string, IAsyncEnumerable<PersonRow>> PersonQuery = EF.CompileAsyncQuery(
        QueryParts.Concat(SelfAssessment.SelfAssessmentSummary.Rows, History.CareerHistory.AssetRows, Brand.BrandView.Rows, Research.SkillInventory.CoverRows));

    private enum PlanPart
    {
        Plan = 1,
        Review = 2,
        Action = 3,
        Milestone = 4,
        TargetDemand = 5,
    }

    /// <summary>A row of the plan's own data in the one shape its parts share (each part's query says which column carries what).</summary>
    private sealed class PlanRow
    {
        public PlanPart Part { get; init; }
        public int Id { get; init; }
        public int? GoalId { get; init; }
        public string? Title { get; init; }
        public string? Text { get; init; }
        public string? Note { get; init; }
        public string? Kind { get; init; }
        public string? Kind2 { get; init; }
        public DateOnly? Date { get; init; }
        public DateOnly? Date2 { get; init; }
        public int? Number { get; init; }
        public DateTime? At { get; init; }
    }

    /// <summary>
    /// Compiled once: the plan (if it is the person's) with its reviews, actions, milestones and chosen target's demanded
    /// skills, as one UNION ALL; enums by their stored names.
    /// </summary>
    private static readonly Func<AppDbContext, string, int, IAsyncEnumerable<PlanRow>> PlanQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int planId) => db.Plans.AsNoTracking().Where(p => p.Id == planId && p.OwnerId == userId)
            .Select(p => new PlanRow
            {
                Part = PlanPart.Plan, Id = p.Id, GoalId = null, Title = p.Title, Text = null, Note = null, Kind = p.CheckInCadence.ToString(), Kind2 = null,
                Date = null, Date2 = null, Number = null, At = p.CreatedAtUtc,
            })
            .Concat(db.Reviews.Where(r => r.PlanId == planId).Select(r => new PlanRow
            {
                Part = PlanPart.Review, Id = r.Id, GoalId = null, Title = null, Text = r.NextSteps, Note = r.CareerFitWhy, Kind = r.Kind.ToString(),
                Kind2 = (string?)(object?)r.CareerFit, Date = r.PeriodStart, Date2 = r.HeldOn, Number = r.Satisfaction, At = null,
            }))
            .Concat(db.ActionItems.Where(a => a.PlanId == planId).Select(a => new PlanRow
            {
                Part = PlanPart.Action, Id = a.Id, GoalId = null, Title = a.Title, Text = db.Goals.Where(g => g.Id == a.GoalId).Select(g => g.Title).FirstOrDefault(),
                Note = null, Kind = a.Status.ToString(), Kind2 = null, Date = a.DueDate, Date2 = a.DoneOn, Number = null, At = null,
            }))
            .Concat(db.Milestones.Where(m => db.Goals.Where(g => g.PlanId == planId).Select(g => g.Id).Contains(m.GoalId)).Select(m => new PlanRow
            {
                Part = PlanPart.Milestone, Id = m.Id, GoalId = m.GoalId, Title = m.Title, Text = db.Goals.Where(g => g.Id == m.GoalId).Select(g => g.Title).First(),
                Note = null, Kind = null, Kind2 = null, Date = m.Date, Date2 = m.ReachedOn, Number = m.Sequence, At = null,
            }))
            .Concat(
                from o in db.CareerOptions.Where(o => o.PlanId == planId && o.Status == CareerOptionStatus.ChosenTarget)
                from d in db.DemandedSkills.Where(d => d.CareerOptionId == o.Id).DefaultIfEmpty()
                select new PlanRow
                {
                    Part = PlanPart.TargetDemand, Id = o.Id, GoalId = null, Title = o.Title, Text = d.Name, Note = null, Kind = null, Kind2 = null,
                    Date = null, Date2 = null, Number = (int?)d.RequiredLevel, At = null,
                }));

    /// <summary>The overview of a plan the caller has already checked is the person's; <paramref name="returnUrl"/> is where the self-assessment's edit links come back to.</summary>
    public async Task<PlanOverviewView> LoadAsync(string userId, int planId, string returnUrl)
    {
        var person = await PersonQuery(db, userId).ToListAsync();
        var rows = await PlanQuery(db, userId, planId).ToListAsync();
        var board = await goals.LoadAsync(userId, planId, withRemoved: false);
        var calendar = await clock.CalendarAsync(userId);
        var actionBoard = actions.From(planId, rows.Where(r => r.Part == PlanPart.Action)
            .Select(a => new ActionFacts(a.Id, a.Title!, a.Text, a.Date!.Value, Enum.Parse<ActionStatus>(a.Kind!), a.Date2)), calendar);
        return new PlanOverviewView(planId,
            new PersonAssets(SelfAssessment.SelfAssessmentSummary.From(person, returnUrl), History.CareerHistory.AssetsFrom(person), Brand.BrandView.From(person)),
            board, Target(rows, person), Milestones(rows, actionBoard.Today), actionBoard, Evaluation(rows, userId, planId, calendar));
    }

    private static TargetOption? Target(IReadOnlyList<PlanRow> rows, IReadOnlyList<PersonRow> person)
    {
        var demands = rows.Where(r => r.Part == PlanPart.TargetDemand).ToList();
        if (demands.Count == 0)
        {
            return null;
        }
        var option = demands.MinBy(r => r.Id)!;
        var demanded = demands.Where(r => r.Id == option.Id && r.Text is not null).Select(r => (r.Text!, r.Number ?? 0));
        var summary = GapSummary.Of(Research.SkillInventory.From(person).Gap(demanded));
        return new TargetOption(option.Id, option.Title!, summary.Demanded, summary.Missing, summary.Partly, summary.CoveredShare);
    }

    private static IReadOnlyList<MilestoneStop> Milestones(IReadOnlyList<PlanRow> rows, DateOnly today)
    {
        var ordered = rows.Where(r => r.Part == PlanPart.Milestone)
            .OrderBy(m => m.Date2 ?? m.Date ?? DateOnly.MaxValue).ThenBy(m => m.Number).ThenBy(m => m.Id).ToList();
        var next = ordered.FirstOrDefault(m => m.Date2 is null && !(m.Date < today));
        return [.. ordered.Select(m => new MilestoneStop(m.GoalId!.Value, m.Text!, m.Title!, m.Date, m.Date2,
            m.Date2 is not null ? MilestoneState.Done
            : m.Date < today ? MilestoneState.Overdue
            : ReferenceEquals(m, next) ? MilestoneState.Next
            : MilestoneState.Later))];
    }

    private sealed record ReviewFacts(int Id, ReviewKind Kind, DateOnly PeriodStart, DateOnly HeldOn, int Satisfaction, string? NextSteps, CareerFit? CareerFit, string? CareerFitWhy);

    private EvaluationSummary Evaluation(IReadOnlyList<PlanRow> rows, string userId, int planId, UserCalendar calendar)
    {
        var plan = rows.FirstOrDefault(r => r.Part == PlanPart.Plan)
            ?? throw new InvalidOperationException($"Plan {planId} is not the person's; the caller checks that first.");
        var reviews = rows.Where(r => r.Part == PlanPart.Review)
            .Select(r => new ReviewFacts(r.Id, Enum.Parse<ReviewKind>(r.Kind!), r.Date!.Value, r.Date2!.Value, r.Number!.Value, r.Text,
                r.Kind2 is null ? null : Enum.Parse<CareerFit>(r.Kind2), r.Note))
            .ToList();
        var due = dueReviews.Due(planId, plan.Title!, userId, calendar, plan.At!.Value, Enum.Parse<CheckInCadence>(plan.Kind!),
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
