using FluentValidation;

namespace CareerPlanner.Web.Pages.History;

public class EducationModel(AppDbContext db, IValidator<EducationInput> validator) : HistoryItemModel<Education, EducationInput>(db, validator)
{
    protected override string RouteKey => "educationId";
    protected override string Section => "education";
    protected override IQueryable<Education> Rows => Db.Education;

    protected override Education New(string userId) => new(userId);
}
