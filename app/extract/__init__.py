"""PDF -> DocumentData: the table rules (tables/), the section rules (sections/), the pipeline that runs them page by page, and the checks of suspicious values (problems)."""
