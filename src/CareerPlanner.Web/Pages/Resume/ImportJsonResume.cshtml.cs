using System.Text;

namespace CareerPlanner.Web.Pages.Resume;

public class ImportJsonResumeModel(HistoryImport import, PendingUploads pending) : HistoryImportModel(import, pending)
{
    public override string FileLabel => "JSON Resume file (resume.json)";
    public override string Accept => ".json,application/json";
    public override long MaxBytes => JsonResume.MaxBytes;
    public override string WhenMissing => "Choose your resume.json file.";
    public override string WhenTooLarge => "This file is larger than 1 MB, far more than any résumé: choose the resume.json file itself.";

    protected override ImportedHistory Read(byte[] bytes) => JsonResume.Read(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'));
}
