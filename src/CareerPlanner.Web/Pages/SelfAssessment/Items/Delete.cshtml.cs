namespace CareerPlanner.Web.Pages.SelfAssessment.Items;

public class DeleteModel(AppDbContext db) : DeletePageModel<SelfAssessmentItem, DeleteModel.ItemView>(db, i => new ItemView(i.Kind, i.Text), _ => "Deleted.")
{
    public sealed record ItemView(SelfAssessmentKind Kind, string Text);

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    protected override IQueryable<SelfAssessmentItem> Row(string userId) => Db.SelfAssessmentItems.Where(i => i.Id == Route("itemId") && i.UserId == userId);

    protected override IActionResult AfterDelete() => LocalRedirect(Url.LocalOr(ReturnUrl, "/SelfAssessment/Index"));
}
