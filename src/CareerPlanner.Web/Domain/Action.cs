namespace CareerPlanner.Web.Domain;

/// <summary>A step on the way to a goal, planned backwards from the goal's target date.</summary>
public class Milestone
{
    public const int TitleMaxLength = 200;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private Milestone()
    {
    }

    public Milestone(int goalId, string title, int sequence)
    {
        Version = Guid.NewGuid();
        GoalId = goalId;
        Title = title.Trim();
        Sequence = sequence;
    }

    public int Id { get; private set; }
    public int GoalId { get; private set; }
    public string Title { get; set; } = "";

    /// <summary>Chronological position, 1 being the earliest.</summary>
    public int Sequence { get; set; }

    public DateOnly? Date { get; set; }
    public DateOnly? ReachedOn { get; set; }
    public Guid Version { get; private set; }

    public void Touch() => Version = Guid.NewGuid();
}

/// <summary>Planning backwards: each new milestone is what must be true just before the earliest one so far.</summary>
public static class MilestonePlanning
{
    /// <summary>Puts a milestone planned backwards first in time, and renumbers the others after it.</summary>
    public static void PlanBefore<T>(IList<T> chronological, T earlier, Action<T, int> setSequence)
    {
        chronological.Insert(0, earlier);
        for (var index = 0; index < chronological.Count; index++)
        {
            setSequence(chronological[index], index + 1);
        }
    }

    /// <summary>
    /// Dates spread evenly between today and the target date, for <paramref name="count"/> milestones in order.
    /// With little time and many milestones several may share a day; none is before today or after the target.
    /// </summary>
    public static IReadOnlyList<DateOnly> SuggestDates(DateOnly today, DateOnly target, int count)
    {
        var span = Math.Max(0, target.DayNumber - today.DayNumber);
        return [.. Enumerable.Range(1, count).Select(i =>
            today.AddDays(Math.Clamp((int)Math.Round(i * span / (double)(count + 1), MidpointRounding.AwayFromZero), 0, span)))];
    }

    /// <summary>The positions (0-based, chronological) of milestones dated before the milestone before them.</summary>
    public static IReadOnlyList<int> OutOfOrder(IReadOnlyList<DateOnly?> datesInOrder)
    {
        var flagged = new List<int>();
        DateOnly? latest = null;
        for (var index = 0; index < datesInOrder.Count; index++)
        {
            if (datesInOrder[index] is not { } date)
            {
                continue;
            }
            if (latest is { } previous && date < previous)
            {
                flagged.Add(index);
            }
            else
            {
                latest = date;
            }
        }
        return flagged;
    }
}

public enum ActionStatus
{
    ToDo = 1,
    Doing = 2,
    Done = 3,
    Dropped = 4,
}

/// <summary>A concrete next step with a due date, in the action stage of a plan.</summary>
public class ActionItem : IPlanOwned
{
    public const int TitleMaxLength = 200;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private ActionItem()
    {
    }

    public ActionItem(int planId)
    {
        PlanId = planId;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public string Title { get; set; } = "";
    public int? GoalId { get; set; }
    public int? MilestoneId { get; set; }
    public DateOnly DueDate { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.ToDo;
    public DateOnly? DoneOn { get; set; }
    public Guid Version { get; private set; }

    public bool IsOpen => Status is ActionStatus.ToDo or ActionStatus.Doing;

    public void Touch() => Version = Guid.NewGuid();
}

/// <summary>Weeks as the person counts them, and how often an unfinished action has carried over into a new week.</summary>
public static class ActionWeeks
{
    public static DateOnly WeekStart(DateOnly day, DayOfWeek firstDay) =>
        day.AddDays(-(((int)day.DayOfWeek - (int)firstDay + 7) % 7));

    /// <summary>
    /// How many week ends an open action has passed since the week it was due in: due last week and not done is
    /// carried over once; a week later, twice. A done or dropped action never carries over.
    /// </summary>
    public static int CarryOvers(DateOnly dueDate, bool isOpen, DateOnly today, DayOfWeek firstDay)
    {
        if (!isOpen)
        {
            return 0;
        }
        var weeks = (WeekStart(today, firstDay).DayNumber - WeekStart(dueDate, firstDay).DayNumber) / 7;
        return Math.Max(0, weeks);
    }
}
