namespace CareerPlanner.Web.Pages.Resume;

public class ImportLinkedInModel(HistoryImport import, PendingUploads pending) : HistoryImportModel(import, pending)
{
    public override string FileLabel => "LinkedIn data export (.zip)";
    public override string Accept => ".zip,application/zip";
    public override long MaxBytes => LinkedInExport.MaxZipBytes;
    public override string WhenMissing => "Choose the ZIP file LinkedIn sent you.";
    public override string WhenTooLarge => "This file is larger than 20 MB: LinkedIn's export of your data is far smaller. Choose the ZIP LinkedIn sent.";

    protected override ImportedHistory Read(byte[] bytes) => LinkedInExport.Read(bytes);
}
