using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Pages.Plans.Goals;

public sealed record Choice(int Id, string Text);

/// <summary>What the goal form offers: the person's items and the plan's options to link, and goals to serve.</summary>
/// <param name="IsNew">A goal being added: it starts "not started", so its form asks nothing about status.</param>
public sealed record GoalChoices(IReadOnlyList<Choice> Items, IReadOnlyList<Choice> Options, IReadOnlyList<Choice> Parents, bool IsNew);

/// <summary>
/// Everything creating and editing a goal share: the rules that need the database (the person's "today", the
/// links, the parent), applying the input, and the change history.
/// </summary>
public sealed class GoalEditor(AppDbContext db, IValidator<GoalInput> validator, UserClock clock)
{
    public async Task<GoalChoices> ChoicesAsync(string userId, int planId, int? goalId)
    {
        var items = await db.SelfAssessmentItems.AsNoTracking()
            .Where(i => i.UserId == userId && (i.Kind == SelfAssessmentKind.Value || i.Kind == SelfAssessmentKind.Interest || i.Kind == SelfAssessmentKind.Strength))
            .OrderBy(i => i.Kind).ThenBy(i => i.Position).Select(i => new Choice(i.Id, i.Text)).ToListAsync();
        var options = await db.CareerOptions.AsNoTracking().InPlan(db.Plans, planId, userId).OrderBy(o => o.Title)
            .Select(o => new Choice(o.Id, o.Title)).ToListAsync();
        var parents = await db.Goals.AsNoTracking().InPlan(db.Plans, planId, userId).Where(g => g.Id != goalId)
            .OrderByDescending(g => g.Horizon).ThenBy(g => g.Title).Select(g => new Choice(g.Id, g.Title)).ToListAsync();
        return new GoalChoices(items, options, parents, IsNew: goalId is null);
    }


    /// <summary>Checks the input; <paramref name="existing"/> is null when creating.</summary>
    public async Task<bool> ValidateAsync(GoalInput input, string userId, int planId, Goal? existing, ModelStateDictionary modelState)
    {
        (await validator.ValidateAsync(input)).AddTo(modelState);
        var choices = await ChoicesAsync(userId, planId, existing?.Id);

        var linkable = choices.Items.Count + choices.Options.Count > 0;
        var linked = input.ItemIds.Count(id => choices.Items.Any(c => c.Id == id)) + input.OptionIds.Count(id => choices.Options.Any(c => c.Id == id));
        if (linkable && linked == 0)
        {
            modelState.AddInputError(nameof(GoalInput.ItemIds), "Tick at least one value, interest, strength or career option this goal serves.");
        }
        else if (!linkable && WordCount(input.RelevanceReason) < 5)
        {
            modelState.AddInputError(nameof(GoalInput.RelevanceReason), "Say in a sentence why this goal matters to you and your career.");
        }

        var today = await clock.TodayAsync(userId);
        var dateChanged = existing is null || existing.TargetDate != input.TargetDate || existing.Horizon != input.Horizon;
        if (input.TargetDate is { } date && dateChanged)
        {
            var start = existing?.CreatedOn ?? today;
            if (date <= today)
            {
                modelState.AddInputError(nameof(GoalInput.TargetDate), $"Choose a date after today ({today:d MMMM yyyy}).");
            }
            else if (!GoalRules.FitsHorizon(start, input.Horizon, date))
            {
                modelState.AddInputError(nameof(GoalInput.TargetDate),
                    $"A {input.Horizon.Title()} goal must be due by {GoalRules.HorizonEnd(start, input.Horizon):d MMMM yyyy}; choose an earlier date or a longer horizon.");
            }
        }

        if (input.ParentGoalId is { } parentId)
        {
            var selfId = existing?.Id ?? 0;
            var parent = await db.Goals.AsNoTracking().InPlan(db.Plans, planId, userId).Where(g => g.Id == parentId && g.Id != selfId)
                .Select(g => (GoalHorizon?)g.Horizon).SingleOrDefaultAsync();
            if (parent is null)
            {
                modelState.AddInputError(nameof(GoalInput.ParentGoalId), "Choose one of this plan's other goals, or none.");
            }
            else if (!GoalRules.ParentHorizonAllows(parent.Value, input.Horizon))
            {
                modelState.AddInputError(nameof(GoalInput.ParentGoalId), $"A goal can only serve a goal with the same or a longer horizon; that one looks {parent.Value.Title()} ahead.");
            }
        }
        return modelState.IsValid;
    }

    /// <summary>Applies the input and returns what changed, for the history (nothing is recorded for a new goal).</summary>
    public async Task<IReadOnlyList<(string Field, string? Old, string? New)>> ApplyAsync(Goal goal, GoalInput input, bool isNew)
    {
        // The goals it served and serves now, by title, for the history.
        int?[] parents = [goal.ParentGoalId, input.ParentGoalId];
        var titles = isNew || goal.ParentGoalId == input.ParentGoalId ? []
            : await db.Goals.AsNoTracking().Where(g => g.PlanId == goal.PlanId && parents.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Title);
        string? TitleOf(int id) => titles.GetValueOrDefault(id);
        var before = goal.Snapshot(TitleOf);
        goal.Title = input.Title!.Trim();
        goal.Description = input.Description!.Trim();
        goal.MetricType = input.MetricType;
        var counted = input.MetricType == MetricType.Number;
        goal.MetricWhat = counted ? input.MetricWhat?.Trim() : null;
        goal.Unit = counted && !string.IsNullOrWhiteSpace(input.Unit) ? input.Unit.Trim() : null;
        goal.Baseline = counted ? input.Baseline : null;
        goal.Target = counted ? input.Target : null;
        goal.Achievable = input.Achievable!.Trim();
        goal.RelevanceReason = input.RelevanceReason.TrimToNull();
        goal.Horizon = input.Horizon;
        goal.TargetDate = input.TargetDate!.Value;
        goal.ChangeStatus(input.Status, input.AchievedOn, input.DropReason);
        goal.ParentGoalId = input.ParentGoalId;
        goal.LinkTo(input.ItemIds, input.OptionIds);
        goal.Touch();
        if (isNew)
        {
            return [];
        }
        return Goal.Changes(before, goal.Snapshot(TitleOf));
    }

    public void RecordChanges(Goal goal, IEnumerable<(string Field, string? Old, string? New)> changes, string? reason, int? reviewId = null)
    {
        var now = clock.UtcNow;
        db.GoalChanges.AddRange(changes.Select(c => new GoalChange(goal.PlanId, goal.Id, goal.Title, c.Field, c.Old, c.New, reason, now, reviewId)));
    }

    /// <summary>A suggestion (not an error) when the date falls inside a shorter horizon than the one chosen.</summary>
    public static string? HorizonSuggestion(Goal goal)
    {
        var shortest = GoalRules.ShortestHorizonFor(goal.CreatedOn, goal.TargetDate);
        return (int)shortest < (int)goal.Horizon
            ? $" Its date falls within {shortest.Title()}: consider the {shortest.Title()} horizon."
            : null;
    }

    public static GoalInput ToInput(Goal goal) => new()
    {
        Title = goal.Title, Description = goal.Description, MetricType = goal.MetricType, MetricWhat = goal.MetricWhat, Unit = goal.Unit,
        Baseline = goal.Baseline, Target = goal.Target, Achievable = goal.Achievable, RelevanceReason = goal.RelevanceReason,
        ItemIds = [.. goal.ItemLinks.Select(l => l.SelfAssessmentItemId)], OptionIds = [.. goal.OptionLinks.Select(l => l.CareerOptionId)],
        Horizon = goal.Horizon, TargetDate = goal.TargetDate, Status = goal.Status, AchievedOn = goal.AchievedOn,
        DropReason = goal.DropReason, ParentGoalId = goal.ParentGoalId, Version = goal.Version,
    };

    private static int WordCount(string? text) => (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
