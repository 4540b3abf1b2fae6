namespace CareerPlanner.Web.Pages.SelfAssessment.Skills;

public class DeleteModel(AppDbContext db) : DeletePageModel<Skill, string>(db, s => s.Name, _ => "Skill deleted.")
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    protected override IQueryable<Skill> Row(string userId) => Db.Skills.Where(s => s.Id == Route("skillId") && s.UserId == userId);

    protected override IActionResult AfterDelete() => LocalRedirect(Url.LocalOr(ReturnUrl, "/SelfAssessment/Index"));
}
