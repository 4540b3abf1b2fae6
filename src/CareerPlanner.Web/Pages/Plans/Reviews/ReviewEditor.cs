using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Pages.Plans.Reviews;

/// <summary>A goal as the review form shows it; <see cref="Shown"/> is the value the form offers before any change.</summary>
public sealed record ReviewGoalRow(int GoalId, string Title, MetricType MetricType, string? Unit, double? Target, DateOnly TargetDate, GoalStatus Status, double? Shown);

public sealed record PeriodChoice(DateOnly Start, string Title);

/// <summary>What the review form needs besides the input: the plan, the goals' rows, the periods and the person's today.</summary>
public sealed record ReviewForm(
    int PlanId, string PlanTitle, ReviewKind Kind, IReadOnlyList<ReviewGoalRow> Rows, IReadOnlyList<PeriodChoice> Periods, DateOnly Today, DayOfWeek FirstDayOfWeek)
{
    public ReviewGoalRow? Row(int goalId) => Rows.FirstOrDefault(r => r.GoalId == goalId);

    /// <summary>The form with an older period among the choices, when a review of it is opened.</summary>
    public ReviewForm WithPeriod(DateOnly? start) =>
        Kind.IsThorough() && start is { } s && Periods.All(p => p.Start != s)
            ? this with { Periods = [.. Periods, new PeriodChoice(s, ReviewText.PeriodTitle(Kind, s))] }
            : this;
}

/// <summary>
/// Everything starting and editing a review share: the form's rows, the rules that need the database, and saving —
/// a changed value becomes a progress reading dated the review day, an adjustment changes the goal and is recorded
/// in its history with the review as the reason.
/// </summary>
public sealed class ReviewEditor(AppDbContext db, IValidator<ReviewInput> validator, UserClock clock)
{
    /// <summary>The form for a plan, or null when the plan is not the person's.</summary>
    public async Task<ReviewForm?> FormAsync(string userId, int planId, ReviewKind kind, int? reviewId)
    {
        var title = await db.Plans.AsNoTracking().OwnedBy(userId).Where(p => p.Id == planId).Select(p => p.Title).SingleOrDefaultAsync();
        if (title is null)
        {
            return null;
        }
        var calendar = await clock.CalendarAsync(userId);
        var today = clock.Today(calendar);
        var noted = reviewId is { } rid
            ? await db.Set<ReviewGoalNote>().AsNoTracking().Where(n => n.ReviewId == rid).ToDictionaryAsync(n => n.GoalId, n => n.Value)
            : [];
        var notedIds = noted.Keys.ToList();
        var goals = await db.Goals.AsNoTracking().Where(g => g.PlanId == planId)
            .Where(g => (g.Status != GoalStatus.Achieved && g.Status != GoalStatus.Dropped) || notedIds.Contains(g.Id))
            .OrderByDescending(g => g.Horizon).ThenBy(g => g.TargetDate).ThenBy(g => g.Id)
            .Select(g => new { g.Id, g.Title, g.MetricType, g.Unit, g.Target, g.TargetDate, g.Status }).ToListAsync();
        var goalIds = goals.Select(g => g.Id).ToList();
        var readings = await db.ProgressReadings.AsNoTracking().Where(r => goalIds.Contains(r.GoalId))
            .OrderBy(r => r.Date).ThenBy(r => r.Id).Select(r => new { r.GoalId, r.Date, r.Value }).ToListAsync();
        var latest = readings.GroupBy(r => r.GoalId).ToDictionary(g => g.Key, g => g.Last().Value);
        var rows = goals.Select(g => new ReviewGoalRow(g.Id, g.Title, g.MetricType, g.Unit, g.Target, g.TargetDate, g.Status,
            noted.GetValueOrDefault(g.Id) ?? (latest.TryGetValue(g.Id, out var value) ? value : null))).ToList();
        return new ReviewForm(planId, title, kind, rows, Periods(kind, today), today, calendar.FirstDayOfWeek);
    }

    /// <summary>A fresh input: held today, the values as they stand, each goal's judgement suggested by its status.</summary>
    public static ReviewInput NewInput(ReviewForm form, DateOnly? periodStart) => new()
    {
        Kind = form.Kind,
        HeldOn = form.Today,
        PeriodStart = form.Kind.IsThorough() ? periodStart ?? form.Periods[0].Start : null,
        Goals = [.. form.Rows.Select(r => new ReviewGoalInput
        {
            GoalId = r.GoalId,
            Value = r.MetricType == MetricType.Number ? r.Shown : null,
            Done = r.MetricType == MetricType.DoneOrNotDone && r.Shown >= 1,
            Judgement = r.Status switch { GoalStatus.OnTrack => GoalJudgement.OnTrack, GoalStatus.AtRisk => GoalJudgement.AtRisk, _ => null },
        })],
    };

    public static ReviewInput ToInput(Review review, ReviewForm form)
    {
        var input = NewInput(form, review.PeriodStart);
        input.HeldOn = review.HeldOn;
        input.Satisfaction = review.Satisfaction;
        input.WentWell = review.WentWell;
        input.NextSteps = review.NextSteps;
        input.DoDifferently = review.DoDifferently;
        input.CareerFit = review.CareerFit;
        input.CareerFitWhy = review.CareerFitWhy;
        input.NewInformation = review.NewInformation;
        input.Version = review.Version;
        foreach (var row in input.Goals)
        {
            var note = review.GoalNotes.FirstOrDefault(n => n.GoalId == row.GoalId);
            row.Judgement = note?.Judgement ?? row.Judgement;
            row.Note = note?.Note;
        }
        return input;
    }

    /// <summary>The quarter or year a thorough review can look back on, newest first; a check-in covers the period it is held in.</summary>
    public static IReadOnlyList<PeriodChoice> Periods(ReviewKind kind, DateOnly today) => kind switch
    {
        ReviewKind.Quarterly => [.. ReviewPeriods.ReviewableQuarters(today).Select(q => new PeriodChoice(q.Start, ReviewText.QuarterTitle(q.Start)))],
        ReviewKind.Annual => [new(new DateOnly(today.Year, 1, 1), $"{today.Year}"), new(new DateOnly(today.Year - 1, 1, 1), $"{today.Year - 1}")],
        _ => [],
    };

    public async Task<bool> ValidateAsync(ReviewInput input, ReviewForm form, ModelStateDictionary modelState)
    {
        (await validator.ValidateAsync(input)).AddTo(modelState);
        if (input.HeldOn is { } heldOn && heldOn > form.Today)
        {
            modelState.AddInputError(nameof(ReviewInput.HeldOn), $"A review looks back; choose today ({form.Today:d MMMM yyyy}) or an earlier day.");
        }
        if (form.Kind.IsThorough() && input.PeriodStart is { } start
            && (ReviewPeriods.Covering(form.Kind, start, DayOfWeek.Monday).Start != start || start > form.Today))
        {
            modelState.AddInputError(nameof(ReviewInput.PeriodStart), "Choose a period from the list.");
        }
        for (var i = 0; i < input.Goals.Count; i++)
        {
            var goal = input.Goals[i];
            if (form.Row(goal.GoalId) is not { } row)
            {
                modelState.AddModelError(string.Empty, "One of the goals in this form no longer exists; reload the page to see the plan as it is now.");
                continue;
            }
            if (!form.Kind.IsThorough())
            {
                continue;
            }
            if (goal.NewTarget is not null && row.MetricType != MetricType.Number)
            {
                modelState.AddInputError($"{nameof(ReviewInput.Goals)}[{i}].{nameof(ReviewGoalInput.NewTarget)}", "This goal is either done or not done; it has no number to change.");
            }
            if (goal.NewTargetDate is { } date && input.HeldOn is { } held && date <= held)
            {
                modelState.AddInputError($"{nameof(ReviewInput.Goals)}[{i}].{nameof(ReviewGoalInput.NewTargetDate)}", $"Choose a date after the review day ({held:d MMMM yyyy}).");
            }
        }
        return modelState.IsValid && await FitHorizonsAsync(input, form.PlanId, modelState);
    }

    /// <summary>Starts a review of the period it was held in (a check-in) or chose (a thorough review).</summary>
    public async Task<Review> AddAsync(ReviewInput input, ReviewForm form)
    {
        var review = new Review(form.PlanId, form.Kind, PeriodOf(input, form), clock.UtcNow);
        db.Reviews.Add(review);
        await SaveAsync(review, input, form, review.Version, new ModelStateDictionary());
        return review;
    }

    /// <summary>Applies the input to a saved review; false (with the conflict message) when it changed meanwhile.</summary>
    public async Task<bool> SaveAsync(Review review, ReviewInput input, ReviewForm form, Guid versionSeen, ModelStateDictionary modelState)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var isNew = db.Entry(review).State == EntityState.Added;
        var before = review.Snapshot();
        var held = input.HeldOn!.Value;
        review.HeldOn = held;
        review.Cover(PeriodOf(input, form));
        review.Satisfaction = input.Satisfaction!.Value;
        review.WentWell = input.WentWell.TrimToNull();
        review.NextSteps = input.NextSteps.TrimToNull();
        var thorough = form.Kind.IsThorough();
        review.DoDifferently = thorough ? input.DoDifferently.TrimToNull() : null;
        review.CareerFit = thorough ? input.CareerFit : null;
        review.CareerFitWhy = thorough ? input.CareerFitWhy.TrimToNull() : null;
        review.NewInformation = thorough ? input.NewInformation.TrimToNull() : null;
        review.Touch(clock.UtcNow);
        if (!isNew)
        {
            review.RecordChanges(before, clock.UtcNow);
        }
        if (!await db.TrySaveAsync(review, r => r.Version, versionSeen, modelState))
        {
            return false;
        }

        var goalIds = input.Goals.Select(g => g.GoalId).ToList();
        var goals = await db.Goals.Where(g => g.PlanId == form.PlanId && goalIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id);
        foreach (var row in input.Goals.Where(g => goals.ContainsKey(g.GoalId)))
        {
            var shown = form.Row(row.GoalId)!;
            var value = shown.MetricType == MetricType.DoneOrNotDone ? (row.Done ? 1 : (double?)null) : row.Value;
            if (value is { } changed && changed != shown.Shown)
            {
                db.ProgressReadings.Add(new ProgressReading(row.GoalId, held, changed, $"{form.Kind.Title()} of {held:d MMM yyyy}", clock.UtcNow));
            }
            var note = review.GoalNotes.FirstOrDefault(n => n.GoalId == row.GoalId);
            if (note is null)
            {
                note = new ReviewGoalNote(row.GoalId);
                review.GoalNotes.Add(note);
            }
            note.Value = value;
            note.Judgement = thorough ? row.Judgement : null;
            note.Note = thorough ? row.Note.TrimToNull() : null;
            if (thorough && row.HasAdjustment)
            {
                Adjust(goals[row.GoalId], row, review);
            }
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }

    private void Adjust(Goal goal, ReviewGoalInput row, Review review)
    {
        var before = goal.Snapshot();
        goal.TargetDate = row.NewTargetDate ?? goal.TargetDate;
        if (goal.MetricType == MetricType.Number && row.NewTarget is { } target)
        {
            goal.Target = target;
        }
        if (row.NewStatus is { } status && status != goal.Status)
        {
            goal.ChangeStatus(status, review.HeldOn, row.AdjustmentReason);
        }
        goal.Touch();
        var now = clock.UtcNow;
        db.GoalChanges.AddRange(Goal.Changes(before, goal.Snapshot())
            .Select(c => new GoalChange(goal.PlanId, goal.Id, goal.Title, c.Field, c.Old, c.New, review.ChangeReason(row.AdjustmentReason), now, review.Id)));
    }

    private async Task<bool> FitHorizonsAsync(ReviewInput input, int planId, ModelStateDictionary modelState)
    {
        var dated = input.Goals.Where(g => g.NewTargetDate is not null).Select(g => g.GoalId).ToList();
        if (dated.Count == 0)
        {
            return true;
        }
        var goals = await db.Goals.AsNoTracking().Where(g => g.PlanId == planId && dated.Contains(g.Id))
            .ToDictionaryAsync(g => g.Id, g => new { g.CreatedOn, g.Horizon });
        for (var i = 0; i < input.Goals.Count; i++)
        {
            if (input.Goals[i].NewTargetDate is { } date && goals.TryGetValue(input.Goals[i].GoalId, out var goal)
                && !GoalRules.FitsHorizon(goal.CreatedOn, goal.Horizon, date))
            {
                modelState.AddInputError($"{nameof(ReviewInput.Goals)}[{i}].{nameof(ReviewGoalInput.NewTargetDate)}",
                    $"A {goal.Horizon.Title()} goal must be due by {GoalRules.HorizonEnd(goal.CreatedOn, goal.Horizon):d MMMM yyyy}; choose an earlier date, or change its horizon on the goal.");
            }
        }
        return modelState.IsValid;
    }

    /// <summary>The period of a thorough review is chosen; a check-in covers the week or month it was held in.</summary>
    public static DateRange PeriodOf(ReviewInput input, ReviewForm form) =>
        ReviewPeriods.Covering(form.Kind, form.Kind.IsThorough() ? input.PeriodStart!.Value : input.HeldOn!.Value, form.FirstDayOfWeek);

}
