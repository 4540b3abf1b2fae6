namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>The goals of a shared plan with their progress, as a tree by horizon (read-only).</summary>
public class GoalsModel(SharedPlans shared, Plans.Goals.GoalBoard board)
    : SharedPageModel(shared)
{
    public Plans.Goals.GoalBoardView Board { get; private set; } = default!;

    protected override string OwnersPage(int id) => $"/Plans/{id}/Goals";

    protected override SharedParts Part => SharedParts.Goals;

    protected override async Task<bool> LoadAsync(SharedAccess access)
    {
        Board = await board.LoadAsync(access.OwnerId, access.PlanId);
        return true;
    }
}
