using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Pages.Plans.Actions;

public sealed record ActionRow(int PlanId, int Id, string Title, string? GoalTitle, DateOnly DueDate, ActionStatus Status, DateOnly? DoneOn,
    bool IsOverdue, int CarryOvers, DateOnly DueWeekStart);

public sealed record ActionBoardView(DateOnly Today, DateRange ThisWeek, IReadOnlyList<ActionRow> ThisWeekItems, IReadOnlyList<ActionRow> Later, IReadOnlyList<ActionRow> Closed)
{
    public IEnumerable<ActionRow> Overdue => ThisWeekItems.Where(a => a.IsOverdue);
}

/// <summary>
/// The board as a page shows it: the actions page every action, the action hub the first <paramref name="Shown"/> of each
/// list with the way to the rest (so the hub of a plan of hundreds of actions stays a page to read, and a fast one).
/// </summary>
public sealed record ActionBoardPart(ActionBoardView Board, int? Shown = null);

public sealed record LinkChoice(int Id, string Text);

/// <summary>An action as read for the board: its own fields and the title of the goal it serves.</summary>
public sealed record ActionFacts(int Id, string Title, string? GoalTitle, DateOnly DueDate, ActionStatus Status, DateOnly? DoneOn);

/// <summary>
/// A plan's actions in "this week" (with what is overdue and what carried over) and "later", read in a fixed
/// number of queries however many actions there are.
/// </summary>
public sealed class ActionBoard(AppDbContext db, UserClock clock, IValidator<ActionInput> validator)
{
    /// <summary>
    /// Compiled once: the action hub and the actions page read it on every visit (the rows of this plan, and only if the
    /// plan is this owner's, as <see cref="Ownership.InPlan{T}"/> says).
    /// </summary>
    private static readonly Func<AppDbContext, string, int, IAsyncEnumerable<ActionFacts>> RowsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, int planId) => db.ActionItems.AsNoTracking()
            .Where(a => a.PlanId == planId && db.Plans.Any(p => p.Id == planId && p.OwnerId == userId))
            .Select(a => new ActionFacts(a.Id, a.Title, db.Goals.Where(g => g.Id == a.GoalId).Select(g => g.Title).FirstOrDefault(),
                a.DueDate, a.Status, a.DoneOn)));

    public async Task<ActionBoardView> LoadAsync(string userId, int planId) =>
        From(planId, await RowsQuery(db, userId, planId).ToListAsync(), await clock.CalendarAsync(userId));

    /// <summary>The board of the plan's actions, on the person's calendar: what is due this week (with what is overdue), later, and closed.</summary>
    public ActionBoardView From(int planId, IEnumerable<ActionFacts> actions, UserCalendar calendar)
    {
        var today = clock.Today(calendar);
        var week = clock.ThisWeek(calendar);
        var rows = actions.OrderBy(a => a.DueDate).ThenBy(a => a.Id).Select(a =>
        {
            var open = a.Status is ActionStatus.ToDo or ActionStatus.Doing;
            return new ActionRow(planId, a.Id, a.Title, a.GoalTitle, a.DueDate, a.Status, a.DoneOn, open && a.DueDate < today,
                ActionWeeks.CarryOvers(a.DueDate, open, today, calendar.FirstDayOfWeek), ActionWeeks.WeekStart(a.DueDate, calendar.FirstDayOfWeek));
        }).ToList();
        var open = rows.Where(r => r.Status is ActionStatus.ToDo or ActionStatus.Doing).ToList();
        return new ActionBoardView(today, week,
            [.. open.Where(r => r.DueDate <= week.End)],
            [.. open.Where(r => r.DueDate > week.End)],
            [.. rows.Where(r => r.Status is ActionStatus.Done or ActionStatus.Dropped).OrderByDescending(r => r.DoneOn ?? r.DueDate)]);
    }

    public async Task<(IReadOnlyList<LinkChoice> Goals, IReadOnlyList<LinkChoice> Milestones)> ChoicesAsync(string userId, int planId)
    {
        var goals = await db.Goals.AsNoTracking().InPlan(db.Plans, planId, userId).OrderBy(g => g.Title)
            .Select(g => new LinkChoice(g.Id, g.Title)).ToListAsync();
        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => db.Goals.InPlan(db.Plans, planId, userId).Select(g => g.Id).Contains(m.GoalId))
            .OrderBy(m => m.GoalId).ThenBy(m => m.Sequence).Select(m => new LinkChoice(m.Id, m.Title)).ToListAsync();
        return (goals, milestones);
    }


    /// <summary>The input's own rules, plus links only to this plan's goals and milestones.</summary>
    public async Task<bool> ValidateAsync(ActionInput input, string userId, int planId, ModelStateDictionary modelState)
    {
        (await validator.ValidateAsync(input)).AddTo(modelState);
        var (goals, milestones) = await ChoicesAsync(userId, planId);
        if (input.GoalId is { } goalId && goals.All(g => g.Id != goalId))
        {
            modelState.AddInputError(nameof(ActionInput.GoalId), "Choose one of this plan's goals, or none.");
        }
        if (input.MilestoneId is { } milestoneId && milestones.All(m => m.Id != milestoneId))
        {
            modelState.AddInputError(nameof(ActionInput.MilestoneId), "Choose one of this plan's milestones, or none.");
        }
        return modelState.IsValid;
    }

    public static void Apply(ActionItem action, ActionInput input, DateOnly today)
    {
        action.Title = input.Title!.Trim();
        action.GoalId = input.GoalId;
        action.MilestoneId = input.MilestoneId;
        action.DueDate = input.DueDate!.Value;
        if (action.Status != ActionStatus.Done && input.Status == ActionStatus.Done)
        {
            action.DoneOn = today;
        }
        else if (input.Status != ActionStatus.Done)
        {
            action.DoneOn = null;
        }
        action.Status = input.Status;
        action.Touch();
    }
}
