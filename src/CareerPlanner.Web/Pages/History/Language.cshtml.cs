using FluentValidation;

namespace CareerPlanner.Web.Pages.History;

public class LanguageModel(AppDbContext db, IValidator<LanguageInput> validator) : HistoryItemModel<Language, LanguageInput>(db, validator)
{
    protected override string RouteKey => "languageId";
    protected override string Section => "languages";
    protected override IQueryable<Language> Rows => Db.Languages;

    protected override Language New(string userId) => new(userId);
}
