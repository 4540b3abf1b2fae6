namespace CareerPlanner.Web.Pages.Learning;

public sealed class LearningEditor(AppDbContext db)
{
    /// <summary>Applies the input; returns true when this save finished the item (so its skills can be re-rated).</summary>
    public async Task<bool> ApplyAsync(LearningItem item, LearningInput input, string userId, DateOnly today)
    {
        var finishing = item.Status != LearningStatus.Finished && input.Status == LearningStatus.Finished;
        item.Title = input.Title!.Trim();
        item.Kind = input.Kind;
        item.Status = input.Status;
        item.StartedOn = input.StartedOn ?? (input.Status == LearningStatus.Planned ? null : item.StartedOn ?? today);
        item.FinishedOn = input.Status == LearningStatus.Finished ? input.FinishedOn ?? today : null;
        item.Learned = input.Learned.TrimToNull();
        var own = await db.Skills.Where(s => s.UserId == userId && input.SkillIds.Contains(s.Id)).Select(s => s.Id).ToListAsync();
        item.LinkSkills(own);
        item.Touch();
        return finishing && own.Count > 0;
    }
}
