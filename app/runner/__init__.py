"""Helper processes: the one runner (Worker) every process of the core is started, fed and stopped through: the extraction's page workers, the GUI's document assembly and page jobs."""
